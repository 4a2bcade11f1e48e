import {
  empty,
  isRecord,
  isStringArray,
  json,
  message,
  ok,
  plain,
  readJson,
  rejected,
} from '../http.ts';
import { findLive, knownGroups } from '../state.ts';
import type { ConfigFile, ConfigFileSet, DeviceGatewayState, Token } from '../state.ts';
import type { Route, RouteContext } from './types.ts';

const READ = ['devices:read'];
const WRITE = ['devices:read-update', 'updates:read-update'];
const HISTORY_LIMIT = 10;
// The server's own pattern; `.-:` is a range (. / 0-9 :), as in the Go source.
const REASON = /^[a-zA-Z0-9_ ,.-:;'"]{0,200}$/;
const GROUP_NAME = /^[a-zA-Z0-9_.-]+$/;
export const FIOCTL_FILE = 'z-50-fioctl.toml';

type Level = 'factory' | 'group' | 'device';

export function parseConfigBody(value: unknown, level: Level): ConfigFileSet | string {
  if (!isRecord(value)) return 'Expected a JSON object';
  const unknown = Object.keys(value).filter((key) => key !== 'Files' && key !== 'Reason');
  if (unknown.length > 0) return `Unknown field(s): ${unknown.join(', ')}`;
  const files = value.Files;
  if (!isRecord(files)) return 'Files must be an object';
  const reason = value.Reason ?? '';
  if (typeof reason !== 'string' || !REASON.test(reason)) {
    return 'Reason must be at most 200 characters of letters, digits, spaces and _ ,.-:;\'"';
  }
  const parsed: Record<string, ConfigFile> = {};
  for (const [name, file] of Object.entries(files)) {
    if (level === 'factory' && name === FIOCTL_FILE) {
      return `${FIOCTL_FILE} is not allowed in the factory config`;
    }
    if (!isRecord(file) || typeof file.Value !== 'string')
      return `File ${name} needs a string Value`;
    const extra = Object.keys(file).filter(
      (k) => !['Value', 'Unencrypted', 'OnChanged'].includes(k),
    );
    if (extra.length > 0) return `Unknown field(s) in ${name}: ${extra.join(', ')}`;
    if (file.Unencrypted !== undefined && typeof file.Unencrypted !== 'boolean') {
      return `Unencrypted of ${name} must be a boolean`;
    }
    if (file.OnChanged !== undefined && !isStringArray(file.OnChanged)) {
      return `OnChanged of ${name} must be a list of strings`;
    }
    parsed[name] = {
      Value: file.Value,
      ...(file.Unencrypted === undefined ? {} : { Unencrypted: file.Unencrypted }),
      ...(file.OnChanged === undefined ? {} : { OnChanged: file.OnChanged }),
    };
  }
  return { Files: parsed, ...(reason ? { Reason: reason } : {}) };
}

function save(history: ConfigFileSet[], next: ConfigFileSet, token: Token, now: number): void {
  const latest = history[0];
  if (latest && JSON.stringify(latest.Files) === JSON.stringify(next.Files)) return;
  history.unshift({ ...next, CreatedAt: Math.floor(now / 1000), CreatedBy: token.user });
  history.splice(HISTORY_LIMIT);
}

function latest(history: ConfigFileSet[] | undefined) {
  const item = history?.[0];
  return ok(item ? json(item) : empty(204));
}

function historyOf(history: ConfigFileSet[], url: URL) {
  const rawLimit = url.searchParams.get('limit');
  const limit = rawLimit === null ? HISTORY_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > HISTORY_LIMIT) {
    return rejected(message(400, 'limit must be between 1 and 10'));
  }
  const rawShow = url.searchParams.get('show-files') ?? 'false';
  if (rawShow !== 'true' && rawShow !== 'false') {
    return rejected(message(400, 'show-files must be true or false'));
  }
  return ok(
    json(
      history.slice(0, limit).map((item) => {
        if (rawShow === 'true') return item;
        const rest: ConfigFileSet = { ...item };
        delete (rest as Partial<ConfigFileSet>).Files;
        return rest;
      }),
    ),
  );
}

async function put(
  level: Level,
  history: () => ConfigFileSet[],
  { request, token, now }: RouteContext,
) {
  const body = await readJson(request);
  if (!body.ok) return rejected(body.response);
  const parsed = parseConfigBody(body.value, level);
  if (typeof parsed === 'string') return rejected(message(400, parsed));
  save(history(), parsed, token, now);
  return ok(empty(204));
}

function groupHistory(state: DeviceGatewayState, name: string): ConfigFileSet[] {
  let history = state.groupConfigs.get(name);
  if (!history) {
    history = [];
    state.groupConfigs.set(name, history);
  }
  return history;
}

function isTar(bytes: Uint8Array): boolean {
  const magic = new TextDecoder().decode(bytes.slice(257, 262));
  return magic === 'ustar';
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function isArchive(request: Request, bytes: Uint8Array): boolean {
  const gzip =
    request.headers.get('Content-Encoding') === 'gzip' ||
    (request.headers.get('Content-Type') ?? '').startsWith('application/gzip');
  return gzip ? isGzip(bytes) : isTar(bytes);
}

export const CONFIG_ROUTES: Route[] = [
  {
    method: 'PUT',
    pattern: '/v1/configs',
    scopes: WRITE,
    handle: async ({ state, request }) => {
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (!isArchive(request, bytes)) {
        return rejected(message(400, 'The body must be a tar archive (gzip allowed)'));
      }
      state.configUploads += 1;
      return ok(plain(200, 'Configs uploaded successfully'));
    },
  },
  {
    method: 'GET',
    pattern: '/v1/configs/factory',
    scopes: READ,
    handle: ({ state }) => latest(state.factory),
  },
  {
    method: 'PUT',
    pattern: '/v1/configs/factory',
    scopes: WRITE,
    handle: (context) => put('factory', () => context.state.factory, context),
  },
  {
    method: 'GET',
    pattern: '/v1/configs/factory/history',
    scopes: READ,
    handle: ({ state, url }) => historyOf(state.factory, url),
  },
  {
    method: 'GET',
    pattern: '/v1/configs/group/:name',
    scopes: READ,
    handle: ({ state, params }) => {
      const name = params.name ?? '';
      if (!knownGroups(state).includes(name)) return ok(message(404, 'Unknown group'));
      return latest(state.groupConfigs.get(name));
    },
  },
  {
    method: 'PUT',
    pattern: '/v1/configs/group/:name',
    scopes: WRITE,
    handle: (context) => {
      const name = context.params.name ?? '';
      if (!GROUP_NAME.test(name)) return rejected(message(400, 'Invalid group name'));
      return put('group', () => groupHistory(context.state, name), context);
    },
  },
  {
    method: 'GET',
    pattern: '/v1/configs/group/:name/history',
    scopes: READ,
    handle: ({ state, params, url }) => {
      const name = params.name ?? '';
      if (!knownGroups(state).includes(name)) return ok(message(404, 'Unknown group'));
      return historyOf(state.groupConfigs.get(name) ?? [], url);
    },
  },
  {
    method: 'GET',
    pattern: '/v1/configs/device/:uuid',
    scopes: READ,
    handle: ({ state, params }) => {
      const device = findLive(state, params.uuid ?? '');
      if (!device) return ok(message(404, 'Device not found'));
      return latest(device.configs);
    },
  },
  {
    method: 'PUT',
    pattern: '/v1/configs/device/:uuid',
    scopes: WRITE,
    handle: (context) => {
      const device = findLive(context.state, context.params.uuid ?? '');
      if (!device) return ok(message(404, 'Device not found'));
      return put('device', () => device.configs, context);
    },
  },
  {
    method: 'GET',
    pattern: '/v1/configs/device/:uuid/applied',
    scopes: READ,
    handle: ({ state, params }) => {
      const device = findLive(state, params.uuid ?? '');
      if (!device) return ok(message(404, 'Device not found'));
      return ok(device.applied ? json(device.applied) : empty(204));
    },
  },
  {
    method: 'GET',
    pattern: '/v1/configs/device/:uuid/history',
    scopes: READ,
    handle: ({ state, params, url }) => {
      const device = findLive(state, params.uuid ?? '');
      if (!device) return ok(message(404, 'Device not found'));
      return historyOf(device.configs, url);
    },
  },
];
