import { describe, expect, it } from 'vitest';
import type { HttpClient, HttpRequest } from '@/api/http';
import { PartialBulkError, updateSelectedClientpacks } from './bulk';

function stubClient(failOn: string) {
  const sent: HttpRequest[] = [];
  const client = {
    json: (request: HttpRequest) => {
      sent.push(request);
      const { name } = request.body as { name: string };
      return name === failOn
        ? Promise.reject(new Error('Clientpack not found'))
        : Promise.resolve({ response: { name, overlay_ipaddress: '100.127.0.1', enabled: false } });
    },
  } as unknown as HttpClient;
  return { client, sent };
}

describe('changing selected clientpacks', () => {
  it('sends one PUT /clientpack per pack, in order', async () => {
    const { client, sent } = stubClient('none');
    await expect(updateSelectedClientpacks(client, ['a', 'b'], { enabled: false })).resolves.toBe(
      2,
    );
    expect(sent.map((request) => [request.method, request.path, request.body])).toEqual([
      ['PUT', '/api/clientpack', { name: 'a', enabled: false }],
      ['PUT', '/api/clientpack', { name: 'b', enabled: false }],
    ]);
  });

  it('stops at the first failure and says how far it got', async () => {
    const { client, sent } = stubClient('b');
    const error = await updateSelectedClientpacks(client, ['a', 'b', 'c'], {
      checked_out: true,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PartialBulkError);
    expect((error as Error).message).toBe(
      '1 of 3 packs were changed; b failed: Clientpack not found',
    );
    expect(sent).toHaveLength(2);
  });
});
