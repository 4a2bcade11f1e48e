import { empty, isRecord, isStringArray, json, message, ok, readJson, rejected } from '../http.ts';
import { deviceCount, liveDevices, settleRollouts } from '../state.ts';
import type { DeviceGatewayState, Update } from '../state.ts';
import { isArchive } from './configs.ts';
import type { Route, RouteContext } from './types.ts';

const READ = ['updates:read'];
const TAG = /^[a-zA-Z0-9_.+-]+$/;
const NAME = /^[a-zA-Z0-9_.+-]+$/;
const ROLLOUT = /^[a-zA-Z0-9_.-]+$/;

function summary(state: DeviceGatewayState, tag: string, update: Update) {
  return {
    name: update.name,
    'uploaded-at': update.uploadedAt,
    'uploaded-by': update.uploadedBy,
    'device-count': deviceCount(state, tag, update.name),
  };
}

function findUpdate(state: DeviceGatewayState, tag: string, name: string): Update | undefined {
  return state.updates.get(tag)?.find((update) => update.name === name);
}

function withUpdate(
  handler: (update: Update, context: RouteContext) => ReturnType<Route['handle']>,
) {
  return (context: RouteContext) => {
    settleRollouts(context.state, context.now);
    const update = findUpdate(context.state, context.params.tag ?? '', context.params.update ?? '');
    return update ? handler(update, context) : ok(message(404, 'Update not found'));
  };
}

function sse(body: string): Response {
  return new Response(body, {
    status: 200,
    statusText: 'OK',
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
  });
}

function tail(lines: string[], request: Request): Response {
  const lastId = Number(request.headers.get('Last-Event-ID') ?? '-1');
  const start = Number.isInteger(lastId) ? lastId + 1 : 0;
  const events = lines
    .map((line, index) => ({ line, index }))
    .filter(({ index }) => index >= start)
    .map(({ line, index }) => `event: log\nid: ${index}\ndata: ${line}\n\n`);
  if (lines.length === 0) return sse('event: error\ndata: No logs found\nretry: 1000\n\n');
  return sse(`: idle\n\n${events.join('')}`);
}

function parseOverrides(url: URL): string | null {
  const version = url.searchParams.get('version');
  if (version !== null && !/^\d+$/.test(version)) return 'version must be an integer';
  const apps = url.searchParams.get('apps');
  if (apps !== null && !apps.split(',').every((entry) => /^[^=,]+=[0-9a-f]{64}$/.test(entry))) {
    return 'apps must be name=sha256[,name=sha256]';
  }
  return null;
}

async function createUpdate({ state, request, params, url, token, now }: RouteContext) {
  const tag = params.tag ?? '';
  const name = params.update ?? '';
  if (!TAG.test(tag) || !NAME.test(name)) return ok(message(404, 'Not Found'));
  const override = parseOverrides(url);
  if (override) return rejected(message(400, override));
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0 || !isArchive(request, bytes)) {
    return rejected(message(400, 'Invalid update: expected a tar or tar+gzip offline update'));
  }
  if (findUpdate(state, tag, name)) return ok(message(409, 'Update already exists'));
  const updates = state.updates.get(tag) ?? [];
  updates.push({
    name,
    uploadedAt: Math.floor(now / 1000),
    uploadedBy: token.user,
    rollouts: new Map(),
    tuf: {
      root: { signed: { _type: 'Root', version: 2 } },
      targets: { signed: { _type: 'Targets', version: 1, targets: {} } },
      snapshot: { signed: { _type: 'Snapshot', version: 1 } },
      timestamp: { signed: { _type: 'Timestamp', version: 1 } },
    },
    logs: [],
  });
  state.updates.set(tag, updates);
  return ok(empty(201));
}

async function createRollout(update: Update, { state, request, params, now }: RouteContext) {
  const name = params.rollout ?? '';
  if (!ROLLOUT.test(name)) return rejected(message(400, 'Invalid rollout name'));
  const body = await readJson(request);
  if (!body.ok) return rejected(body.response);
  const value = body.value;
  if (!isRecord(value)) return rejected(message(400, 'Expected a JSON object'));
  if ('effective-uuids' in value) {
    return rejected(message(400, 'effective-uuids is computed by the server'));
  }
  const uuids = value.uuids ?? [];
  const groups = value.groups ?? [];
  if (!isStringArray(uuids) || !isStringArray(groups)) {
    return rejected(message(400, 'uuids and groups must be lists of strings'));
  }
  if (uuids.length === 0 && groups.length === 0) {
    return rejected(message(400, 'A rollout needs at least one uuid or group'));
  }
  if (update.rollouts.has(name)) return ok(message(409, 'Rollout already exists'));
  const effective = new Set(
    uuids.filter((uuid) => liveDevices(state).some((d) => d.uuid === uuid)),
  );
  for (const device of liveDevices(state)) {
    if (groups.includes(device.labels.group ?? '')) effective.add(device.uuid);
  }
  update.rollouts.set(name, {
    ...(uuids.length ? { uuids } : {}),
    ...(groups.length ? { groups } : {}),
    effectiveUuids: [...effective],
    committed: false,
    commitAt: now + state.rolloutDelayMs,
  });
  return ok(empty(202));
}

export const UPDATE_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/updates',
    scopes: READ,
    handle: ({ state, now }) => {
      settleRollouts(state, now);
      const body: Record<string, unknown> = {};
      for (const [tag, updates] of state.updates) {
        body[tag] = updates.map((update) => summary(state, tag, update));
      }
      return ok(json(body));
    },
  },
  {
    method: 'GET',
    pattern: '/v1/updates/:tag',
    scopes: READ,
    handle: ({ state, params, now }) => {
      const tag = params.tag ?? '';
      if (!TAG.test(tag)) return ok(message(404, 'Not Found'));
      settleRollouts(state, now);
      const updates = state.updates.get(tag);
      if (!updates?.length) return ok(json({}));
      return ok(json({ [tag]: updates.map((update) => summary(state, tag, update)) }));
    },
  },
  {
    method: 'POST',
    pattern: '/v1/updates/:tag/:update',
    scopes: ['updates:read-update'],
    handle: createUpdate,
  },
  {
    method: 'DELETE',
    pattern: '/v1/updates/:tag/:update',
    scopes: ['updates:delete'],
    handle: withUpdate((update, { state, params }) => {
      const tag = params.tag ?? '';
      if (deviceCount(state, tag, update.name) > 0) {
        return ok(message(409, 'Devices are still assigned to this update'));
      }
      const updates = state.updates.get(tag) ?? [];
      updates.splice(updates.indexOf(update), 1);
      if (updates.length === 0) state.updates.delete(tag);
      return ok(empty(204));
    }),
  },
  {
    method: 'GET',
    pattern: '/v1/updates/:tag/:update/tuf',
    scopes: READ,
    handle: withUpdate((update) => ok(json(update.tuf))),
  },
  {
    method: 'GET',
    pattern: '/v1/updates/:tag/:update/rollouts',
    scopes: READ,
    handle: withUpdate((update) => ok(json([...update.rollouts.keys()]))),
  },
  {
    method: 'GET',
    pattern: '/v1/updates/:tag/:update/rollouts/:rollout',
    scopes: READ,
    handle: withUpdate((update, { params }) => {
      const rollout = update.rollouts.get(params.rollout ?? '');
      if (!rollout) return ok(message(404, 'Rollout not found'));
      return ok(
        json({
          ...(rollout.uuids ? { uuids: rollout.uuids } : {}),
          ...(rollout.groups ? { groups: rollout.groups } : {}),
          ...(rollout.committed ? { 'effective-uuids': rollout.effectiveUuids } : {}),
          committed: rollout.committed,
        }),
      );
    }),
  },
  {
    method: 'PUT',
    pattern: '/v1/updates/:tag/:update/rollouts/:rollout',
    scopes: ['updates:read-update'],
    handle: withUpdate(createRollout),
  },
  {
    method: 'GET',
    pattern: '/v1/updates/:tag/:update/tail',
    scopes: READ,
    handle: withUpdate((update, { request }) => ok(tail(update.logs, request))),
  },
  {
    method: 'GET',
    pattern: '/v1/updates/:tag/:update/rollouts/:rollout/tail',
    scopes: READ,
    handle: withUpdate((update, { params, request }) => {
      const rollout = update.rollouts.get(params.rollout ?? '');
      if (!rollout) return ok(message(404, 'Rollout not found'));
      if (!rollout.committed)
        return ok(sse('event: error\ndata: Rollout was not yet committed\n\n'));
      const lines = update.logs.filter((line) =>
        rollout.effectiveUuids.some((uuid) => line.includes(`"uuid":"${uuid}"`)),
      );
      return ok(tail(lines, request));
    }),
  },
  {
    method: 'GET',
    pattern: '/v1/tuf/root.json',
    scopes: READ,
    handle: ({ state }) => ok(json(state.tufRoots[state.tufRoots.length - 1] ?? {})),
  },
  {
    method: 'GET',
    pattern: '/v1/tuf/:file',
    scopes: READ,
    handle: ({ state, params }) => {
      const match = /^(\d+)\.root\.json$/.exec(params.file ?? '');
      const root = match ? state.tufRoots[Number(match[1]) - 1] : undefined;
      return ok(root ? json(root) : message(404, 'Not Found'));
    },
  },
];
