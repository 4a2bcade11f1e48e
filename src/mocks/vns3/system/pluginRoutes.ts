import type { SimOutcome } from '../../framework/types.ts';
import {
  badRequest,
  isRecord,
  notFound,
  readJsonObject,
  vns3Error,
  vns3Response,
} from '../http.ts';
import type { Vns3Route, Vns3RouteContext } from '../routes.ts';
import type { Vns3State } from '../state.ts';
import { booleanField, integerField, stringField } from './fields.ts';
import { isIPv4 } from './rules.ts';
import type { ExportFile, Plugin, PluginInstance } from './state.ts';
import { epochSeconds, iso, nextId } from './state.ts';

export const PLUGIN_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;
export const EXPORT_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
export const SSH_USERNAME = /^[a-z_][a-z0-9_-]{0,31}$/;
export const PROCESS_ACTIONS = ['start', 'stop', 'restart', 'status'];
export const USER_PASSWORD_MIN = 8;
export const SSH_PUBLIC_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( \S.*)?$/;

export const CATALOG = {
  'cohesive/haproxy': {
    id: 'cohesive/haproxy',
    name: 'HAProxy',
    description: 'Load balancer and reverse proxy',
    image_url: 'https://plugins.example.com/haproxy.tar.gz',
    version: '2.8',
    categories: ['networking'],
  },
  'cohesive/suricata': {
    id: 'cohesive/suricata',
    name: 'Suricata',
    description: 'Intrusion detection',
    image_url: 'https://plugins.example.com/suricata.tar.gz',
    version: '7.0',
    categories: ['security'],
  },
};

const exportDetail = (file: ExportFile, base: string) => ({
  name: file.name,
  basename: `${file.name}.tar.gz`,
  size: file.content.length,
  mtime: epochSeconds(file.createdAt),
  status: 'ready',
  token: null,
  url: `${base}/${encodeURIComponent(file.name)}`,
});

const CONFIG_FILES = { 'haproxy-cfg': '/etc/haproxy/haproxy.cfg' } as Record<string, string>;
const LOG_FILES = [{ name: 'main', path: '/var/log/plugin.log', description: 'Plugin log' }];
const EXECUTABLE = {
  path: '/usr/local/bin/pluginctl',
  name: 'pluginctl',
  commands: { status: 'Show the plugin status', reload: 'Reload the configuration' },
} as const;
export const FIREWALL_PRESETS = ['ssh', 'internet', 'port_map'] as const;

/** Tags of the firewall rules a preset made (the stored rule has no room for them). */
const ruleTags = new WeakMap<object, string[]>();

/** A log or configuration slug: its index in the manager configuration, or its name. */
function slugIndex(names: string[], slug: string | undefined): number {
  const index = /^\d+$/.test(slug ?? '') ? Number(slug) : names.indexOf(slug ?? '');
  return index >= 0 && index < names.length ? index : -1;
}

/**
 * Version numbers of a configuration file's texts (the stored list holds only the texts):
 * numbers keep counting up when older versions are deleted or cleared.
 */
const versionNumbers = new WeakMap<string[], number[]>();

function numbersOf(versions: string[]): number[] {
  let numbers = versionNumbers.get(versions);
  if (!numbers || numbers.length !== versions.length) {
    numbers = versions.map((_, i) => i + 1);
    versionNumbers.set(versions, numbers);
  }
  return numbers;
}

function addVersion(versions: string[], text: string) {
  const numbers = numbersOf(versions);
  versions.push(text);
  numbers.push((numbers.at(-1) ?? 0) + 1);
}

/** Index of a previous (not the current) version, or -1. */
function previousIndex(versions: string[], version: number) {
  const index = numbersOf(versions).indexOf(version);
  return index === versions.length - 1 ? -1 : index;
}

function configFiles(instance: PluginInstance | null) {
  const entries = instance
    ? [...instance.configs.entries()]
    : Object.keys(CONFIG_FILES).map((slug) => [slug, ['']] as const);
  const created = iso(instance?.createdAt ?? 0);
  return entries.map(([slug, texts]) => {
    const versions = instance ? numbersOf(texts as string[]) : [1];
    const path = CONFIG_FILES[slug] ?? `/etc/${slug}`;
    const extension = path.split('.').pop() ?? 'conf';
    return {
      name: slug,
      path,
      description: 'Main configuration',
      version: versions.at(-1) ?? 1,
      created_at: created,
      previous_versions: versions.slice(0, -1).map((version) => ({
        version,
        path: `/opt/plugin-manager/backups/${slug}.${version}.${extension}`,
        created_at: created,
      })),
    };
  });
}

function manager(instance: PluginInstance | null) {
  return {
    log_files: LOG_FILES.map(({ path, description }) => ({ path, description })),
    configuration_files: configFiles(instance),
    ports: [{ port: 80, protocol: 'tcp', ui: true, ssl: false, ui_path: '/' }],
    process_manager: {
      name: 'supervisor',
      subprocesses: instance ? [...instance.processes.keys()] : ['main'],
    },
    executables: [EXECUTABLE],
  };
}

const MANAGER_LISTS = ['log_files', 'configuration_files', 'ports', 'executables'];

/** The checks of a manager configuration body (POST/PUT `/plugin-instances/{id}/manager`). */
function managerBodyError(body: Record<string, unknown>): string | null {
  const key = MANAGER_LISTS.find((name) => body[name] !== undefined && !Array.isArray(body[name]));
  if (key) return `${key} must be a list`;
  const processManager = body.process_manager;
  if (processManager !== undefined) {
    if (!isRecord(processManager)) return 'process_manager must be an object';
    const subprocesses = processManager.subprocesses;
    if (
      subprocesses !== undefined &&
      (!Array.isArray(subprocesses) || subprocesses.some((name) => typeof name !== 'string'))
    ) {
      return 'process_manager.subprocesses must be a list of names';
    }
  }
  return null;
}

function pluginDetail(state: Vns3State, plugin: Plugin) {
  const instances = [...state.system.pluginInstances.values()].filter(
    (instance) => instance.pluginId === plugin.id,
  );
  return {
    id: plugin.id,
    uuid: `plugin-${plugin.id}`,
    name: plugin.name,
    description: plugin.description,
    version: plugin.version,
    url: plugin.imageUrl,
    catalog_id: plugin.catalogId,
    status: 'Ready',
    created_at: iso(plugin.createdAt),
    instance_count: instances.length,
    running_containers: instances.filter((instance) => instance.status === 'running').length,
  };
}

const firewallDetail = (rule: PluginInstance['firewall'][number]) => ({
  rule: rule.rule,
  tags: ruleTags.get(rule) ?? [],
  plugin_port: rule.plugin_port,
  destination_port: rule.destination_port,
});

function instanceDetail(state: Vns3State, instance: PluginInstance) {
  return {
    id: instance.id,
    name: instance.name,
    description: instance.description,
    image_id: instance.pluginId,
    image_name: state.system.plugins.get(instance.pluginId)?.name ?? null,
    ip_address: instance.ipAddress,
    command: instance.command,
    environment: instance.environment,
    status: instance.status,
    created_at: iso(instance.createdAt),
    updated_at: iso(instance.createdAt),
    firewall: instance.firewall.map(firewallDetail),
    port_maps: Object.fromEntries(
      instance.firewall
        .filter((rule) => ruleTags.get(rule)?.includes('port map'))
        .map((rule) => [String(rule.destination_port), rule.plugin_port]),
    ),
    manager: manager(instance),
  };
}

type Handler = (context: Vns3RouteContext) => SimOutcome | Promise<SimOutcome>;
const gated = (method: Vns3Route['method'], pattern: string, handle: Handler): Vns3Route => ({
  method,
  pattern,
  gate: 'license',
  handle,
});

/** Runs `handle` with the instance named by `:id`, or answers 404. */
function withInstance(
  handle: (instance: PluginInstance, context: Vns3RouteContext) => SimOutcome | Promise<SimOutcome>,
): Handler {
  return (context) => {
    const instance = context.state.system.pluginInstances.get(Number(context.params.id));
    return instance ? handle(instance, context) : notFound('Plugin instance does not exist');
  };
}

function withPlugin(
  handle: (plugin: Plugin, context: Vns3RouteContext) => SimOutcome | Promise<SimOutcome>,
): Handler {
  return (context) => {
    const plugin = context.state.system.plugins.get(Number(context.params.id));
    return plugin ? handle(plugin, context) : notFound('Plugin does not exist');
  };
}

async function createExport(
  exports: Map<string, ExportFile>,
  request: Request,
  now: number,
  base: string,
): Promise<SimOutcome> {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const name = stringField(body.value, 'name', { required: true });
  if (!name.ok) return name.outcome;
  if (!EXPORT_NAME.test(name.value ?? '')) {
    return badRequest('name may use letters, digits, dot, dash and underscore (at most 64)');
  }
  const file = { name: name.value ?? '', createdAt: now, content: `export ${name.value ?? ''}\n` };
  exports.set(file.name, file);
  return vns3Response(exportDetail(file, base), 201);
}

function downloadExport(exports: Map<string, ExportFile>, name: string | undefined): SimOutcome {
  const file = exports.get(name ?? '');
  if (!file) return notFound('Export does not exist');
  return {
    result: new Response(file.content, {
      status: 200,
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${file.name}.tar.gz"`,
      },
    }),
  };
}

function configOf(instance: PluginInstance, slug: string | undefined) {
  const names = [...instance.configs.keys()];
  const name = names[slugIndex(names, slug)];
  return name === undefined ? undefined : instance.configs.get(name);
}

const configMissing = (slug: string | undefined) =>
  vns3Error(400, 'APIBadRequestError', `Configuration file ${slug ?? ''} could not be found.`);

/** The DNAT / filter rule a firewall preset adds, or why the body is refused. */
function presetRule(
  instance: PluginInstance,
  preset: string,
  ports: { host?: number; container?: number; protocol?: string },
): string | { stored: PluginInstance['firewall'][number]; tags: string[] } {
  const to = instance.ipAddress;
  if (preset === 'ssh') {
    return {
      stored: {
        rule: `PREROUTING_CUST -i eth0 -p tcp -s 0.0.0.0/0 --dport 22 -j DNAT --to ${to}:22`,
        plugin_port: 22,
        destination_port: 22,
        protocol: 'tcp',
      },
      tags: ['ssh'],
    };
  }
  if (preset === 'internet') {
    return {
      stored: {
        rule: `POSTROUTING_CUST -o eth0 -s ${to}/32 -j MASQUERADE-onetoone`,
        plugin_port: 0,
        destination_port: 0,
        protocol: 'all',
      },
      tags: ['internet'],
    };
  }
  const { host, container, protocol } = ports;
  if (host === undefined || container === undefined || protocol === undefined) {
    return 'host_port, container_port and protocol are required for preset port_map';
  }
  if ([host, container].some((port) => port < 1 || port > 65535)) {
    return 'ports must be between 1 and 65535';
  }
  if (protocol !== 'tcp' && protocol !== 'udp') return 'protocol must be tcp or udp';
  return {
    stored: {
      rule: `PREROUTING_CUST -i eth0 -p ${protocol} -s 0.0.0.0/0 --dport ${host} -j DNAT --to ${to}:${container}`,
      plugin_port: container,
      destination_port: host,
      protocol,
    },
    tags: ['port map'],
  };
}

const commandResult = (output: string) =>
  vns3Response({ output, timeout: false, failed: false, error: null });

export const pluginRoutes: Vns3Route[] = [
  gated('GET', '/plugin-catalog', ({ state }) => {
    const installed = [...state.system.plugins.values()];
    return vns3Response(
      Object.fromEntries(
        Object.entries(CATALOG).map(([key, entry]) => {
          const match = installed.find((plugin) => plugin.catalogId === key);
          return [
            key,
            { ...entry, installed: Boolean(match), installed_image_id: match?.id ?? null },
          ];
        }),
      ),
    );
  }),
  gated('GET', '/plugins', ({ state }) =>
    vns3Response([...state.system.plugins.values()].map((plugin) => pluginDetail(state, plugin))),
  ),
  gated('POST', '/plugins', async ({ state, request, now }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const name = stringField(body.value, 'name', { required: true });
    if (!name.ok) return name.outcome;
    if (!PLUGIN_NAME.test(name.value ?? '')) return badRequest('name must be 1-64 characters');
    const imageUrl = stringField(body.value, 'image_url', { required: true });
    if (!imageUrl.ok) return imageUrl.outcome;
    if (!/^https?:\/\//.test(imageUrl.value ?? '')) return badRequest('image_url must be http(s)');
    const catalogId = stringField(body.value, 'catalog_id');
    if (!catalogId.ok) return catalogId.outcome;
    const description = stringField(body.value, 'description');
    if (!description.ok) return description.outcome;
    const version = stringField(body.value, 'version');
    if (!version.ok) return version.outcome;
    const plugin: Plugin = {
      id: nextId(state.system),
      name: name.value ?? '',
      description: description.value ?? '',
      version: version.value ?? '1.0',
      imageUrl: imageUrl.value ?? '',
      catalogId: catalogId.value ?? null,
      createdAt: now,
      exports: new Map(),
    };
    state.system.plugins.set(plugin.id, plugin);
    return vns3Response(pluginDetail(state, plugin), 201);
  }),
  gated('GET', '/plugin-exports', ({ state }) =>
    vns3Response(
      [...state.system.plugins.values()].flatMap((plugin) =>
        [...plugin.exports.values()].map((file) =>
          exportDetail(file, `/api/plugins/${plugin.id}/exports`),
        ),
      ),
    ),
  ),
  gated(
    'GET',
    '/plugins/:id',
    withPlugin((plugin, { state }) => vns3Response(pluginDetail(state, plugin))),
  ),
  gated(
    'PUT',
    '/plugins/:id',
    withPlugin(async (plugin, { state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const name = stringField(body.value, 'name');
      if (!name.ok) return name.outcome;
      if (name.value !== undefined && !PLUGIN_NAME.test(name.value)) {
        return badRequest('name must be 1-64 characters');
      }
      const description = stringField(body.value, 'description');
      if (!description.ok) return description.outcome;
      const version = stringField(body.value, 'version');
      if (!version.ok) return version.outcome;
      if (name.value !== undefined) plugin.name = name.value;
      if (description.value !== undefined) plugin.description = description.value;
      if (version.value !== undefined) plugin.version = version.value;
      return vns3Response(pluginDetail(state, plugin));
    }),
  ),
  gated(
    'DELETE',
    '/plugins/:id',
    withPlugin((plugin, { state }) => {
      const detail = pluginDetail(state, plugin);
      if (detail.instance_count > 0) {
        return vns3Error(400, 'APIBadRequestError', 'Plugin has instances; delete them first');
      }
      state.system.plugins.delete(plugin.id);
      return vns3Response(detail);
    }),
  ),
  gated(
    'GET',
    '/plugins/:id/exports',
    withPlugin((plugin) =>
      vns3Response(
        [...plugin.exports.values()].map((file) =>
          exportDetail(file, `/api/plugins/${plugin.id}/exports`),
        ),
      ),
    ),
  ),
  gated(
    'POST',
    '/plugins/:id/exports',
    withPlugin((plugin, { request, now }) =>
      createExport(plugin.exports, request, now, `/api/plugins/${plugin.id}/exports`),
    ),
  ),
  gated(
    'GET',
    '/plugins/:id/exports/:name',
    withPlugin((plugin, { params }) => downloadExport(plugin.exports, params.name)),
  ),
  gated(
    'DELETE',
    '/plugins/:id/exports/:name',
    withPlugin((plugin, { params }) => {
      if (!plugin.exports.delete(params.name ?? '')) return notFound('Export does not exist');
      return vns3Response(
        [...plugin.exports.values()].map((file) =>
          exportDetail(file, `/api/plugins/${plugin.id}/exports`),
        ),
      );
    }),
  ),
  gated(
    'GET',
    '/plugins/:id/manager',
    withPlugin(() => vns3Response(manager(null))),
  ),
  gated('GET', '/plugin-instances', ({ state }) =>
    vns3Response(
      [...state.system.pluginInstances.values()].map((instance) => instanceDetail(state, instance)),
    ),
  ),
  gated('POST', '/plugin-instances', async ({ state, request, now }) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const name = stringField(body.value, 'name', { required: true });
    if (!name.ok) return name.outcome;
    if (!PLUGIN_NAME.test(name.value ?? '')) return badRequest('name must be 1-64 characters');
    const pluginId = integerField(body.value, 'plugin_id', true);
    if (!pluginId.ok) return pluginId.outcome;
    const ip = stringField(body.value, 'ip_address');
    if (!ip.ok) return ip.outcome;
    if (ip.value && !isIPv4(ip.value)) return badRequest('ip_address must be IPv4');
    const description = stringField(body.value, 'description');
    if (!description.ok) return description.outcome;
    const command = stringField(body.value, 'command');
    if (!command.ok) return command.outcome;
    const environment = body.value.environment;
    if (
      environment !== undefined &&
      (!Array.isArray(environment) ||
        environment.some((item) => !isRecord(item) || typeof item.key !== 'string'))
    ) {
      return badRequest('environment must be a list of {key, value}');
    }
    if (!state.system.plugins.has(pluginId.value ?? -1))
      return badRequest('plugin_id does not exist');
    const instance: PluginInstance = {
      id: nextId(state.system),
      name: name.value ?? '',
      description: description.value ?? '',
      pluginId: pluginId.value ?? 0,
      ipAddress: ip.value || `198.51.100.${10 + state.system.pluginInstances.size}`,
      command: command.value ?? '',
      environment: ((environment ?? []) as { key: string; value?: unknown }[]).map((item) => ({
        key: item.key,
        value: String(item.value ?? ''),
      })),
      status: 'running',
      createdAt: now,
      configs: new Map([['haproxy-cfg', ['global\n  maxconn 256\n']]]),
      users: new Map(),
      firewall: [],
      processes: new Map([['main', 'RUNNING']]),
      exports: new Map(),
    };
    state.system.pluginInstances.set(instance.id, instance);
    return vns3Response(instanceDetail(state, instance), 201);
  }),
  gated(
    'GET',
    '/plugin-instances/:id',
    withInstance((instance, { state }) => vns3Response(instanceDetail(state, instance))),
  ),
  gated(
    'DELETE',
    '/plugin-instances/:id',
    withInstance(async (instance, { state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const force = booleanField(body.value, 'force');
      if (!force.ok) return force.outcome;
      if (instance.status === 'running' && !force.value) {
        return vns3Error(400, 'APIBadRequestError', 'Instance is running; use force to delete it');
      }
      state.system.pluginInstances.delete(instance.id);
      return vns3Response(instanceDetail(state, instance));
    }),
  ),
  gated(
    'POST',
    '/plugin-instances/:id/commit',
    withInstance(async (instance, { state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const name = stringField(body.value, 'name', { required: true });
      if (!name.ok) return name.outcome;
      if (!PLUGIN_NAME.test(name.value ?? '')) return badRequest('name must be 1-64 characters');
      const source = state.system.plugins.get(instance.pluginId);
      const plugin: Plugin = {
        id: nextId(state.system),
        name: name.value ?? '',
        description: `Committed from ${instance.name}`,
        version: '1.0',
        imageUrl: source?.imageUrl ?? 'https://plugins.example.com/committed.tar.gz',
        catalogId: null,
        createdAt: now,
        exports: new Map(),
      };
      state.system.plugins.set(plugin.id, plugin);
      return vns3Response(pluginDetail(state, plugin), 201);
    }),
  ),
  ...(['POST', 'PUT'] as const).map((method) =>
    gated(
      method,
      '/plugin-instances/:id/manager',
      withInstance(async (instance, { request }) => {
        const body = await readJsonObject(request);
        if (!body.ok) return body.outcome;
        const problem = managerBodyError(body.value);
        if (problem) return badRequest(problem);
        const subprocesses = isRecord(body.value.process_manager)
          ? body.value.process_manager.subprocesses
          : undefined;
        if (Array.isArray(subprocesses)) {
          const previous = new Map(instance.processes);
          instance.processes = new Map(
            (subprocesses as string[]).map((name) => [name, previous.get(name) ?? 'RUNNING']),
          );
        }
        return vns3Response(manager(instance), method === 'POST' ? 201 : 200);
      }),
    ),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/logs',
    withInstance(() =>
      vns3Response(LOG_FILES.map(({ path, description }) => ({ path, description }))),
    ),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/logs/:slug/content',
    withInstance((instance, { params, url }) => {
      if (
        slugIndex(
          LOG_FILES.map((file) => file.name),
          params.slug,
        ) < 0
      ) {
        return badRequest(
          `Log file ${params.slug ?? ''} could not be found.`,
          'APIBadRequestError',
        );
      }
      const lines = Number(url.searchParams.get('lines') ?? '50');
      if (!Number.isInteger(lines) || lines < 1 || lines > 10_000) {
        return badRequest('lines must be an integer between 1 and 10000');
      }
      const all = Array.from({ length: 20 }, (_, i) =>
        i === 10
          ? `${instance.name} GET /<img src=x onerror="window.__xss=1">`
          : `${instance.name} log line ${i + 1}`,
      );
      return vns3Response(all.slice(-lines));
    }),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/configurations',
    withInstance((instance) => vns3Response(configFiles(instance))),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/configurations/:slug/content',
    withInstance((instance, { params, url }) => {
      const versions = configOf(instance, params.slug);
      if (!versions) return configMissing(params.slug);
      const raw = url.searchParams.get('version');
      if (raw === null) return vns3Response(versions.at(-1) ?? '');
      const version = Number(raw);
      const index = numbersOf(versions).indexOf(version);
      const text = index < 0 ? undefined : versions[index];
      return text === undefined ? badRequest('version does not exist') : vns3Response(text);
    }),
  ),
  gated(
    'PUT',
    '/plugin-instances/:id/configurations/:slug/content',
    withInstance(async (instance, { request, params }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const content = stringField(body.value, 'content', { required: true, nonEmpty: false });
      if (!content.ok) return content.outcome;
      const versions = configOf(instance, params.slug);
      if (!versions) return configMissing(params.slug);
      addVersion(versions, content.value ?? '');
      return vns3Response(manager(instance));
    }),
  ),
  gated(
    'POST',
    '/plugin-instances/:id/configurations/:slug/revert',
    withInstance(async (instance, { request, params }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const version = integerField(body.value, 'version', true);
      if (!version.ok) return version.outcome;
      const versions = configOf(instance, params.slug);
      if (!versions) return configMissing(params.slug);
      const text = versions[previousIndex(versions, version.value ?? 0)];
      if (text === undefined) return badRequest('version must be a previous version');
      addVersion(versions, text);
      return vns3Response(manager(instance));
    }),
  ),
  gated(
    'POST',
    '/plugin-instances/:id/configurations/:slug/clear',
    withInstance((instance, { params }) => {
      const versions = configOf(instance, params.slug);
      if (!versions) return configMissing(params.slug);
      numbersOf(versions).splice(0, versions.length - 1);
      versions.splice(0, versions.length - 1);
      return vns3Response(manager(instance));
    }),
  ),
  gated(
    'DELETE',
    '/plugin-instances/:id/configurations/:slug/versions/:version',
    withInstance((instance, { params }) => {
      const versions = configOf(instance, params.slug);
      if (!versions) return configMissing(params.slug);
      const index = previousIndex(versions, Number(params.version));
      if (index < 0) return badRequest('version must be a previous version');
      numbersOf(versions).splice(index, 1);
      versions.splice(index, 1);
      return vns3Response(manager(instance));
    }),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/processes',
    withInstance((instance) => vns3Response(manager(instance).process_manager)),
  ),
  gated(
    'POST',
    '/plugin-instances/:id/processes/action',
    withInstance(async (instance, { request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const process = stringField(body.value, 'process', { required: true });
      if (!process.ok) return process.outcome;
      const action = stringField(body.value, 'action', { required: true });
      if (!action.ok) return action.outcome;
      const timeout = integerField(body.value, 'timeout');
      if (!timeout.ok) return timeout.outcome;
      if (!PROCESS_ACTIONS.includes(action.value ?? '')) {
        return badRequest(`action must be one of ${PROCESS_ACTIONS.join(', ')}`);
      }
      if (timeout.value !== undefined && (timeout.value < 1 || timeout.value > 600)) {
        return badRequest('timeout must be between 1 and 600 seconds');
      }
      const name = process.value ?? '';
      const status = instance.processes.get(name);
      if (!status) return badRequest(`process ${name} is not a managed subprocess`);
      if (action.value === 'status') return commandResult(`${name}  ${status}`);
      instance.processes.set(name, action.value === 'stop' ? 'STOPPED' : 'RUNNING');
      return commandResult(`${name}: ${action.value === 'stop' ? 'stopped' : 'started'}`);
    }),
  ),
  gated(
    'POST',
    '/plugin-instances/:id/commands/execute',
    withInstance(async (instance, { request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const command = stringField(body.value, 'command', { required: true });
      if (!command.ok) return command.outcome;
      const path = stringField(body.value, 'executable_path');
      if (!path.ok) return path.outcome;
      const timeout = integerField(body.value, 'timeout');
      if (!timeout.ok) return timeout.outcome;
      if (timeout.value !== undefined && (timeout.value < 1 || timeout.value > 600)) {
        return badRequest('timeout must be between 1 and 600 seconds');
      }
      if (path.value !== undefined && path.value !== EXECUTABLE.path) {
        return badRequest(`executable_path ${path.value} is not configured`);
      }
      if (!Object.hasOwn(EXECUTABLE.commands, command.value ?? '')) {
        return badRequest(`command ${command.value ?? ''} is not defined for ${EXECUTABLE.name}`);
      }
      const output =
        command.value === 'status'
          ? [...instance.processes.entries()].map(([name, state]) => `${name}\t${state}`)
          : ['configuration reloaded'];
      return commandResult([`${instance.name} <b>${EXECUTABLE.name}</b>`, ...output].join('\n'));
    }),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/firewall',
    withInstance((instance) => vns3Response(instance.firewall.map(firewallDetail))),
  ),
  gated(
    'PUT',
    '/plugin-instances/:id/firewall',
    withInstance(async (instance, { request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const preset = stringField(body.value, 'preset', { required: true });
      if (!preset.ok) return preset.outcome;
      const hostPort = integerField(body.value, 'host_port');
      if (!hostPort.ok) return hostPort.outcome;
      const containerPort = integerField(body.value, 'container_port');
      if (!containerPort.ok) return containerPort.outcome;
      const protocol = stringField(body.value, 'protocol');
      if (!protocol.ok) return protocol.outcome;
      if (!(FIREWALL_PRESETS as readonly string[]).includes(preset.value ?? '')) {
        return badRequest('preset must be one of ssh, internet or port_map');
      }
      const host = hostPort.value;
      if (
        preset.value === 'port_map' &&
        instance.firewall.some((r) => r.destination_port === host)
      ) {
        // A conflict with the current rules, not a malformed request.
        return vns3Error(400, 'APIBadRequestError', `host_port ${host} is already mapped`);
      }
      const rule = presetRule(instance, preset.value ?? '', {
        host: hostPort.value,
        container: containerPort.value,
        protocol: protocol.value,
      });
      if (typeof rule === 'string') return badRequest(rule);
      instance.firewall.push(rule.stored);
      ruleTags.set(rule.stored, rule.tags);
      return vns3Response(instance.firewall.map(firewallDetail), 201);
    }),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/users',
    withInstance((instance) =>
      vns3Response(
        [...instance.users.entries()].map(([username, user]) => ({
          username,
          password: user.password !== '',
          public_key: user.public_key,
        })),
      ),
    ),
  ),
  gated(
    'PUT',
    '/plugin-instances/:id/users',
    withInstance(async (instance, { request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const username = stringField(body.value, 'username', { required: true });
      if (!username.ok) return username.outcome;
      if (!SSH_USERNAME.test(username.value ?? '')) {
        return badRequest('username must be a lower-case Unix user name');
      }
      const password = stringField(body.value, 'password');
      if (!password.ok) return password.outcome;
      const publicKey = stringField(body.value, 'public_key');
      if (!publicKey.ok) return publicKey.outcome;
      const requireKey = booleanField(body.value, 'require_public_key');
      if (!requireKey.ok) return requireKey.outcome;
      if (password.value && password.value.length < USER_PASSWORD_MIN) {
        return badRequest(`password must be at least ${USER_PASSWORD_MIN} characters`);
      }
      if (publicKey.value && !SSH_PUBLIC_KEY.test(publicKey.value.trim())) {
        return badRequest('public_key must be an OpenSSH public key');
      }
      const existing = instance.users.get(username.value ?? '');
      const next = {
        password: password.value || existing?.password || '',
        public_key: publicKey.value?.trim() || existing?.public_key || '',
      };
      if (!next.password && !next.public_key) {
        return badRequest('password or public_key is required');
      }
      if (requireKey.value && !next.public_key) {
        return badRequest('public_key is required when require_public_key is true');
      }
      instance.users.set(username.value ?? '', next);
      return vns3Response(manager(instance));
    }),
  ),
  gated(
    'DELETE',
    '/plugin-instances/:id/users/:username',
    withInstance((instance, { params }) =>
      instance.users.delete(params.username ?? '')
        ? vns3Response(manager(instance))
        : notFound('User does not exist'),
    ),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/exports',
    withInstance((instance) =>
      vns3Response(
        [...instance.exports.values()].map((file) =>
          exportDetail(file, `/api/plugin-instances/${instance.id}/exports`),
        ),
      ),
    ),
  ),
  gated(
    'POST',
    '/plugin-instances/:id/exports',
    withInstance((instance, { request, now }) =>
      createExport(instance.exports, request, now, `/api/plugin-instances/${instance.id}/exports`),
    ),
  ),
  gated(
    'GET',
    '/plugin-instances/:id/exports/:name',
    withInstance((instance, { params }) => downloadExport(instance.exports, params.name)),
  ),
  gated(
    'DELETE',
    '/plugin-instances/:id/exports/:name',
    withInstance((instance, { params }) => {
      if (!instance.exports.delete(params.name ?? '')) return notFound('Export does not exist');
      return vns3Response(
        [...instance.exports.values()].map((file) =>
          exportDetail(file, `/api/plugin-instances/${instance.id}/exports`),
        ),
      );
    }),
  ),
];
