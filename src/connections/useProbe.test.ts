import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { FLEET_CONCURRENCY } from './fleet/limiter';
import type { Connection } from './schema';
import { probeQuery } from './useProbe';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('probeQuery', () => {
  it('lets at most six probes reach the network at once, and answers every one', async () => {
    let inFlight = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        return new Promise<Response>((resolve) =>
          release.push(() => {
            inFlight -= 1;
            resolve(Response.json({ message: 'pong' }));
          }),
        );
      }),
    );
    const connections: Connection[] = Array.from({ length: 20 }, (_, index) => ({
      id: `c${index}`,
      kind: 'evon',
      name: `Hub ${index}`,
      baseUrl: `http://hub-${index}.test`,
      createdAt: '2025-01-01T00:00:00.000Z',
    }));
    const client = new QueryClient();
    const results = Promise.all(
      connections.map((connection) => client.fetchQuery(probeQuery(connection, undefined))),
    );
    await flush();
    expect(FLEET_CONCURRENCY).toBe(6);
    expect(inFlight).toBe(6);
    while (release.length > 0) {
      release.shift()!();
      await flush();
      expect(inFlight).toBeLessThanOrEqual(6);
    }
    const answers = await results;
    expect(answers).toHaveLength(20);
    expect(answers.every((answer) => answer.state === 'online')).toBe(true);
    expect(peak).toBe(6);
  });
});
