// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { controlCall, errorOf, newController, payload, send } from './testApi.ts';

const rejected = async (id: string) => (await controlCall(id)).rejectedForValidation;

async function withInstance() {
  const id = await newController();
  const plugin = await payload<{ id: number }>(id, 'POST', '/plugins', {
    json: { name: 'HAProxy', image_url: 'https://plugins.example.com/haproxy.tar.gz' },
  });
  const instance = await payload<{ id: number }>(id, 'POST', '/plugin-instances', {
    json: { name: 'lb1', plugin_id: plugin.id, ip_address: '198.51.100.20' },
  });
  return { id, plugin: plugin.id, base: `/plugin-instances/${instance.id}` };
}

describe('vns3 plugin routes', () => {
  it('reads and updates a plugin, and reads its manager configuration', async () => {
    const { id, plugin } = await withInstance();
    expect(await payload(id, 'GET', `/plugins/${plugin}`)).toMatchObject({
      id: plugin,
      name: 'HAProxy',
      instance_count: 1,
    });
    expect(
      await payload(id, 'PUT', `/plugins/${plugin}`, {
        json: { name: 'HAProxy LB', version: '2.9' },
      }),
    ).toMatchObject({ name: 'HAProxy LB', version: '2.9' });
    const manager = await payload<Record<string, unknown>>(id, 'GET', `/plugins/${plugin}/manager`);
    expect(manager.log_files).toEqual([{ path: '/var/log/plugin.log', description: 'Plugin log' }]);
    expect(manager.process_manager).toEqual({ name: 'supervisor', subprocesses: ['main'] });
    expect(await errorOf(id, 'GET', '/plugins/999')).toMatchObject({ status: 404 });
    expect(await errorOf(id, 'PUT', `/plugins/${plugin}`, { json: { name: '' } })).toMatchObject({
      status: 400,
    });
  });

  it('creates, lists, downloads and deletes plugin exports', async () => {
    const { id, plugin } = await withInstance();
    const created = await payload(id, 'POST', `/plugins/${plugin}/exports`, {
      json: { name: 'backup1' },
    });
    expect(created).toMatchObject({ name: 'backup1', basename: 'backup1.tar.gz', status: 'ready' });
    expect(await payload(id, 'GET', '/plugin-exports')).toEqual([created]);
    expect(await payload(id, 'GET', `/plugins/${plugin}/exports`)).toEqual([created]);
    const file = await send(id, 'GET', `/plugins/${plugin}/exports/backup1`);
    expect(file.headers.get('Content-Disposition')).toContain('backup1.tar.gz');
    expect(await file.text()).toBe('export backup1\n');
    expect(await payload(id, 'DELETE', `/plugins/${plugin}/exports/backup1`)).toEqual([]);
    expect(
      await errorOf(id, 'POST', `/plugins/${plugin}/exports`, { json: { name: 'a b' } }),
    ).toMatchObject({ status: 400 });
  });
});

describe('vns3 plugin instance routes', () => {
  it('commits an instance into a new plugin', async () => {
    const { id, base } = await withInstance();
    const plugin = await payload<{ id: number; name: string }>(id, 'POST', `${base}/commit`, {
      json: { name: 'HAProxy tuned', version: '1.1' },
    });
    expect(plugin.name).toBe('HAProxy tuned');
    expect((await payload<unknown[]>(id, 'GET', '/plugins')).length).toBe(2);
  });

  it('creates and updates the manager configuration, checking its shape', async () => {
    const { id, base } = await withInstance();
    const body = { process_manager: { name: 'supervisor', subprocesses: ['main', 'ui'] } };
    const created = await send(id, 'POST', `${base}/manager`, { json: body });
    expect(created.status).toBe(201);
    expect(await payload(id, 'GET', `${base}/processes`)).toEqual({
      name: 'supervisor',
      subprocesses: ['main', 'ui'],
    });
    expect(await payload(id, 'PUT', `${base}/manager`, { json: { ports: [] } })).toMatchObject({
      ports: expect.any(Array),
    });
    expect(await errorOf(id, 'PUT', `${base}/manager`, { json: { log_files: 'x' } })).toMatchObject(
      { status: 400, message: 'log_files must be a list' },
    );
  });

  it('lists logs and reads a log by index or name', async () => {
    const { id, base } = await withInstance();
    expect(await payload(id, 'GET', `${base}/logs`)).toEqual([
      { path: '/var/log/plugin.log', description: 'Plugin log' },
    ]);
    const lines = await payload<string[]>(id, 'GET', `${base}/logs/0/content?lines=5`);
    expect(lines).toHaveLength(5);
    expect(await payload(id, 'GET', `${base}/logs/main/content?lines=5`)).toEqual(lines);
    expect(await errorOf(id, 'GET', `${base}/logs/7/content`)).toMatchObject({ status: 400 });
  });

  it('versions configuration files: write, read a version, revert, delete a version, clear', async () => {
    const { id, base } = await withInstance();
    await payload(id, 'PUT', `${base}/configurations/0/content`, { json: { content: 'v2\n' } });
    await payload(id, 'PUT', `${base}/configurations/haproxy-cfg/content`, {
      json: { content: 'v3\n' },
    });
    const [file] = await payload<
      { version: number; previous_versions: { version: number; path: string }[] }[]
    >(id, 'GET', `${base}/configurations`);
    expect(file?.version).toBe(3);
    expect(file?.previous_versions.map((entry) => entry.version)).toEqual([1, 2]);
    expect(await payload(id, 'GET', `${base}/configurations/0/content?version=2`)).toBe('v2\n');
    await payload(id, 'POST', `${base}/configurations/0/revert`, { json: { version: 2 } });
    expect(await payload(id, 'GET', `${base}/configurations/0/content`)).toBe('v2\n');
    await payload(id, 'DELETE', `${base}/configurations/0/versions/1`);
    const [after] = await payload<{ version: number; previous_versions: { version: number }[] }[]>(
      id,
      'GET',
      `${base}/configurations`,
    );
    expect(after?.version).toBe(4);
    expect(after?.previous_versions.map((entry) => entry.version)).toEqual([2, 3]);
    expect(await payload(id, 'GET', `${base}/configurations/0/content?version=3`)).toBe('v3\n');
    expect(await errorOf(id, 'DELETE', `${base}/configurations/0/versions/4`)).toMatchObject({
      status: 400,
      message: 'version must be a previous version',
    });
    await payload(id, 'POST', `${base}/configurations/0/clear`);
    const [cleared] = await payload<{ version: number; previous_versions: unknown[] }[]>(
      id,
      'GET',
      `${base}/configurations`,
    );
    expect(cleared).toMatchObject({ version: 4, previous_versions: [] });
    expect(
      await errorOf(id, 'POST', `${base}/configurations/0/revert`, { json: { version: 9 } }),
    ).toMatchObject({ status: 400 });
    expect(await errorOf(id, 'GET', `${base}/configurations/nope/content`)).toMatchObject({
      status: 400,
      message: 'Configuration file nope could not be found.',
    });
  });

  it('runs process actions and executable commands', async () => {
    const { id, base } = await withInstance();
    expect(
      await payload(id, 'POST', `${base}/processes/action`, {
        json: { process: 'main', action: 'stop', timeout: 20 },
      }),
    ).toEqual({ output: 'main: stopped', timeout: false, failed: false, error: null });
    const status = await payload<{ output: string }>(id, 'POST', `${base}/commands/execute`, {
      json: { command: 'status' },
    });
    expect(status.output).toContain('main\tSTOPPED');
    expect(
      await errorOf(id, 'POST', `${base}/commands/execute`, { json: { command: 'rm -rf /' } }),
    ).toMatchObject({ status: 400 });
    expect(
      await errorOf(id, 'POST', `${base}/processes/action`, {
        json: { process: 'main', action: 'explode' },
      }),
    ).toMatchObject({ status: 400 });
    expect(await rejected(id)).toBe(2);
  });

  it('adds firewall presets; port_map needs ports and protocol', async () => {
    const { id, base } = await withInstance();
    const rules = await payload<{ tags: string[]; destination_port: number }[]>(
      id,
      'PUT',
      `${base}/firewall`,
      { json: { preset: 'port_map', host_port: 10000, container_port: 3000, protocol: 'tcp' } },
    );
    expect(rules).toEqual([
      {
        rule: 'PREROUTING_CUST -i eth0 -p tcp -s 0.0.0.0/0 --dport 10000 -j DNAT --to 198.51.100.20:3000',
        tags: ['port map'],
        plugin_port: 3000,
        destination_port: 10000,
      },
    ]);
    expect(
      await errorOf(id, 'PUT', `${base}/firewall`, {
        json: { preset: 'port_map', host_port: 10000, container_port: 3001, protocol: 'udp' },
      }),
    ).toMatchObject({ status: 400, message: 'host_port 10000 is already mapped' });
    expect(await rejected(id)).toBe(0);
    await payload(id, 'PUT', `${base}/firewall`, { json: { preset: 'ssh' } });
    expect(await payload<unknown[]>(id, 'GET', `${base}/firewall`)).toHaveLength(2);
    expect(
      await errorOf(id, 'PUT', `${base}/firewall`, { json: { preset: 'port_map', host_port: 1 } }),
    ).toMatchObject({
      status: 400,
      message: 'host_port, container_port and protocol are required for preset port_map',
    });
    expect(await errorOf(id, 'PUT', `${base}/firewall`, { json: { preset: 'all' } })).toMatchObject(
      { status: 400 },
    );
  });

  it('creates, updates and deletes SSH users; passwords are never returned', async () => {
    const { id, base } = await withInstance();
    await payload(id, 'PUT', `${base}/users`, {
      json: { username: 'ops', password: 'correct horse' },
    });
    expect(await payload(id, 'GET', `${base}/users`)).toEqual([
      { username: 'ops', password: true, public_key: '' },
    ]);
    expect(
      await errorOf(id, 'PUT', `${base}/users`, {
        json: { username: 'ops', require_public_key: true },
      }),
    ).toMatchObject({ status: 400 });
    expect(
      await errorOf(id, 'PUT', `${base}/users`, { json: { username: 'Bad User', password: 'x' } }),
    ).toMatchObject({ status: 400 });
    await payload(id, 'DELETE', `${base}/users/ops`);
    expect(await payload(id, 'GET', `${base}/users`)).toEqual([]);
    expect(await errorOf(id, 'DELETE', `${base}/users/ops`)).toMatchObject({ status: 404 });
  });

  it('creates, downloads and deletes instance exports', async () => {
    const { id, base } = await withInstance();
    expect(await send(id, 'POST', `${base}/exports`, { json: { name: 'state' } })).toMatchObject({
      status: 201,
    });
    expect(await payload(id, 'GET', `${base}/exports`)).toMatchObject([{ name: 'state' }]);
    expect(await (await send(id, 'GET', `${base}/exports/state`)).text()).toBe('export state\n');
    expect(await payload(id, 'DELETE', `${base}/exports/state`)).toEqual([]);
  });
});
