// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DROP_CONNECTION } from '../framework/http.ts';
import { handleSimRequest } from '../framework/router.ts';
import { call, newController } from './edge/testHelpers.ts';

async function control(id: string, fields: Record<string, unknown>) {
  const result = await handleSimRequest(
    new Request(`http://sim.test/sim/_control/vns3/${id}`, {
      method: 'POST',
      body: JSON.stringify(fields),
    }),
  );
  if (result === DROP_CONNECTION) throw new Error('dropped');
  return result;
}

const text = (body: unknown) => JSON.stringify(body);

describe('plant control field', () => {
  it('writes free text into the first endpoint, tunnel, rule, pack, link and container', async () => {
    const id = newController();
    const planted = await control(id, {
      plant: {
        endpointName: '<b>endpoint</b>',
        tunnelDescription: '<i>tunnel</i>',
        ruleComment: '<u>rule</u>',
        clientpackName: '<s>pack</s>',
        linkName: '<em>link</em>',
        linkLogLine: '<code>log</code>',
        containerName: '<q>container</q>',
      },
    });
    expect(planted.status).toBe(200);
    expect(text((await call(id, 'GET', '/ipsec')).body)).toContain('<b>endpoint</b>');
    expect(text((await call(id, 'GET', '/ipsec')).body)).toContain('<i>tunnel</i>');
    expect(text((await call(id, 'GET', '/v2/firewall/rules')).body)).toContain('<u>rule</u>');
    const packs = text((await call(id, 'GET', '/clientpacks')).body);
    expect(packs).toContain('<s>pack</s>');
    expect(packs).not.toContain('100_127_255_193');
    expect(text((await call(id, 'GET', '/links')).body)).toContain('<em>link</em>');
    expect(text((await call(id, 'GET', '/container_system/containers')).body)).toContain(
      '<q>container</q>',
    );
  });

  it('refuses an unknown plant field or a non-string value, applying nothing', async () => {
    const id = newController();
    expect((await control(id, { plant: { endpointName: 'x', bogus: 'y' } })).status).toBe(400);
    expect((await control(id, { plant: { endpointName: 7 } })).status).toBe(400);
    expect(text((await call(id, 'GET', '/ipsec')).body)).toContain('Datacenter Frankfurt');
  });
});
