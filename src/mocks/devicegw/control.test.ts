// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedUuid } from './seed.ts';
import { api, control, newInstance } from './test-helpers.ts';

describe('planting control fields', () => {
  it('deviceLabels merges labels, the name included, into the named devices', async () => {
    const id = newInstance();
    const uuid = seedUuid(1);
    const configured = await control(id, {
      deviceLabels: { [uuid]: { name: '<b>evil</b>', note: '<script>x</script>' } },
    });
    expect(configured.status).toBe(200);
    const device = (await (await api(id, 'GET', `/v1/devices/${uuid}`)).json()) as {
      labels: Record<string, string>;
    };
    expect(device.labels).toMatchObject({
      name: '<b>evil</b>',
      note: '<script>x</script>',
      group: 'beta',
    });
  });

  it('updateLogs appends lines to the named update, served by its tail', async () => {
    const id = newInstance();
    expect((await control(id, { updateLogs: { 'main/main-41': ['<img src=x>'] } })).status).toBe(
      200,
    );
    const tail = await (await api(id, 'GET', '/v1/updates/main/main-41/tail')).text();
    expect(tail).toContain('data: <img src=x>');
  });

  it('refuses malformed values and applies nothing', async () => {
    const id = newInstance();
    const uuid = seedUuid(2);
    const refused = await control(id, {
      deviceLabels: { [uuid]: { name: 'planted' } },
      updateLogs: { 'main/main-41': 'not a list' },
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toContain('updateLogs');
    expect((await control(id, { deviceLabels: { [uuid]: { name: 7 } } })).status).toBe(400);
    const device = (await (await api(id, 'GET', `/v1/devices/${uuid}`)).json()) as {
      labels: Record<string, string>;
    };
    expect(device.labels.name).toBe('gw-oslo-02');
  });
});
