import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from './auditEntry';
import { type AuditedConnection, installAuditRecorder, matchConnection } from './recorder';

const connections: AuditedConnection[] = [
  { id: 'lab', name: 'Lab', root: 'https://lab.example:8443/' },
  { id: 'proxied', name: 'Proxied', root: 'http://localhost:3000/proxy/lab' },
  { id: 'deep', name: 'Deep', root: 'http://localhost:3000/proxy/lab/deeper' },
];

describe('matchConnection', () => {
  it.each([
    ['https://lab.example:8443/api/v1/admin/settings?hash=x', 'lab', '/api/v1/admin/settings'],
    ['http://localhost:3000/proxy/lab/api/x', 'proxied', '/api/x'],
    ['http://localhost:3000/proxy/lab/deeper/y', 'deep', '/y'],
    ['http://localhost:3000/proxy/lab', 'proxied', '/'],
  ])('%s belongs to %s at %s', (href, id, path) => {
    const match = matchConnection(new URL(href), connections);
    expect([match?.connection.id, match?.path]).toEqual([id, path]);
  });

  it.each(['https://other.example/api', 'http://localhost:3000/proxy/labx/api'])(
    '%s belongs to no connection',
    (href) => {
      expect(matchConnection(new URL(href), connections)).toBeNull();
    },
  );
});

describe('installAuditRecorder', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  function install(fetchImpl: typeof fetch) {
    const recorded: Omit<AuditEntry, 'id'>[] = [];
    vi.stubGlobal('fetch', fetchImpl);
    let clock = 1000;
    restore = installAuditRecorder(window, {
      connections: () => connections,
      record: (entry) => recorded.push(entry),
      now: () => (clock += 5),
    });
    return recorded;
  }

  it('records a mutation with method, path without the query, status and outcome', async () => {
    const recorded = install(async () => new Response('{}', { status: 201 }));
    await fetch('https://lab.example:8443/api/v1/admin/settings?hash=secret', {
      method: 'post',
      body: '{"password":"hunter2"}',
      headers: { Authorization: 'Bearer top' },
    });
    expect(recorded).toEqual([
      {
        at: new Date(1005).toISOString(),
        connectionId: 'lab',
        connectionName: 'Lab',
        method: 'POST',
        path: '/api/v1/admin/settings',
        status: 201,
        outcome: 'ok',
        durationMs: 5,
      },
    ]);
    expect(JSON.stringify(recorded)).not.toMatch(/secret|hunter2|top/);
  });

  it('ignores GET requests and requests to no connection', async () => {
    const recorded = install(async () => new Response('{}'));
    await fetch('https://lab.example:8443/api/v1/admin/version');
    await fetch(new Request('https://lab.example:8443/api/x'));
    await fetch('https://elsewhere.example/api', { method: 'POST' });
    expect(recorded).toEqual([]);
  });

  it('records a refusal, a network failure and a cancellation', async () => {
    let mode = 'refuse';
    const recorded = install(async () => {
      if (mode === 'refuse') return new Response('no', { status: 403 });
      if (mode === 'abort') throw new DOMException('aborted', 'AbortError');
      throw new TypeError('Failed to fetch');
    });
    await fetch('http://localhost:3000/proxy/lab/a', { method: 'DELETE' });
    mode = 'network';
    await expect(
      fetch(new Request('http://localhost:3000/proxy/lab/b', { method: 'PUT' })),
    ).rejects.toThrow('Failed to fetch');
    mode = 'abort';
    await expect(fetch('http://localhost:3000/proxy/lab/c', { method: 'PATCH' })).rejects.toThrow(
      'aborted',
    );
    expect(
      recorded.map((entry) => [entry.method, entry.path, entry.status, entry.outcome]),
    ).toEqual([
      ['DELETE', '/a', 403, 'failed'],
      ['PUT', '/b', null, 'network-error'],
      ['PATCH', '/c', null, 'aborted'],
    ]);
  });
});
