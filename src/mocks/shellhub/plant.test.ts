// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DROP_CONNECTION } from '../framework/http.ts';
import { handleSimRequest } from '../framework/router.ts';
import { api, newInstance } from './devices/test-helpers.ts';

async function control(id: string, fields: Record<string, unknown>) {
  const result = await handleSimRequest(
    new Request(`http://sim.test/sim/_control/shellhub/${id}`, {
      method: 'POST',
      body: JSON.stringify(fields),
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return result;
}

const text = async (id: string, path: string) =>
  JSON.stringify(await (await api(id, 'GET', path)).json());

describe('plant control field', () => {
  it('writes free text where the API would refuse it', async () => {
    const id = newInstance();
    const planted = await control(id, {
      plant: {
        deviceName: '<b>device</b>',
        tag: '<i>tag</i>',
        sessionUsername: '<u>user</u>',
        ruleUsername: '<s>rule-user</s>',
        ruleHostname: '<q>rule-host</q>',
        publicKeyName: '<em>key</em>',
        namespaceName: '<code>ns</code>',
      },
    });
    expect(planted.status).toBe(200);
    const devices = await text(id, '/api/devices?status=accepted');
    expect(devices).toContain('<b>device</b>');
    expect(devices).toContain('<i>tag</i>');
    expect(await text(id, '/api/sessions')).toContain('<u>user</u>');
    const rules = await text(id, '/api/firewall/rules');
    expect(rules).toContain('<s>rule-user</s>');
    expect(rules).toContain('<q>rule-host</q>');
    expect(await text(id, '/api/sshkeys/public-keys')).toContain('<em>key</em>');
    expect(await text(id, '/api/namespaces')).toContain('<code>ns</code>');
  });

  it('refuses an unknown plant field or a non-string value', async () => {
    const id = newInstance();
    expect((await control(id, { plant: { deviceName: 'x', bogus: 'y' } })).status).toBe(400);
    expect((await control(id, { plant: { tag: 7 } })).status).toBe(400);
    expect((await control(id, { plant: 'x' })).status).toBe(400);
  });
});
