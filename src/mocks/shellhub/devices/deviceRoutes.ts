import { empty, invalid, json, message, paginate, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { namespaceName, tenantOf } from './context.ts';
import { parseFilter } from './filter.ts';
import { DEVICE_STATUSES, type Device, type DeviceStatus } from './model.ts';
import { deviceNameProblem, tagListProblem, tagProblem } from './validate.ts';
import { deviceView } from './views.ts';
import { ACTIVE_STATUSES } from '../namespaces/views.ts';

const MAX_TAGS = 3;

/** `accept|reject|pending|unused` (seed) and `accepted|rejected|pending` (HEAD). */
const STATUS_WORDS: Record<string, DeviceStatus> = {
  accept: 'accepted',
  accepted: 'accepted',
  reject: 'rejected',
  rejected: 'rejected',
  pending: 'pending',
  unused: 'unused',
};

const SORT_KEYS: Record<string, (device: Device) => string | number> = {
  name: (device) => device.name.toLowerCase(),
  last_seen: (device) => device.lastSeen,
  created_at: (device) => device.createdAt,
  online: (device) => (device.online ? 1 : 0),
  uid: (device) => device.uid,
  status: (device) => device.status,
};

function find(context: ShellHubRouteContext, kind: Device['kind']): Device | undefined {
  const tenant = tenantOf(context);
  return context.state.devices.devices.find(
    (device) =>
      device.kind === kind && device.tenantId === tenant && device.uid === context.params.uid,
  );
}

function listDevices(context: ShellHubRouteContext, kind: Device['kind']) {
  const { url } = context;
  const status = url.searchParams.get('status');
  if (status !== null && !DEVICE_STATUSES.includes(status as DeviceStatus)) {
    return invalid({ status: 'must be accepted, pending, rejected, removed or unused' });
  }
  const sortBy = url.searchParams.get('sort_by') ?? 'last_seen';
  const sortKey = SORT_KEYS[sortBy];
  if (!sortKey) return invalid({ sort_by: `cannot sort by ${sortBy}` });
  const orderBy = url.searchParams.get('order_by') ?? 'desc';
  if (orderBy !== 'asc' && orderBy !== 'desc') return invalid({ order_by: 'must be asc or desc' });
  const predicate = parseFilter(url.searchParams.get('filter'));
  if (typeof predicate === 'string') return invalid({ filter: predicate });
  const tenant = tenantOf(context);
  const namespace = namespaceName(context);
  const direction = orderBy === 'asc' ? 1 : -1;
  const views = context.state.devices.devices
    .filter(
      (device) =>
        device.kind === kind &&
        device.tenantId === tenant &&
        (status === null || device.status === status),
    )
    .sort((a, b) => {
      const left = sortKey(a);
      const right = sortKey(b);
      if (left === right) return a.name.localeCompare(b.name);
      return left < right ? -direction : direction;
    })
    .map((device) => deviceView(device, namespace))
    .filter((view) => predicate(view));
  return paginate(views, url);
}

async function addTag(context: ShellHubRouteContext, kind: Device['kind']) {
  const device = find(context, kind);
  if (!device) return message(404, `${kind} not found`);
  const body = await readJsonObject(context.request);
  if (!body.ok) return body.outcome;
  const problem = tagProblem(body.value.tag);
  if (problem) return invalid({ tag: problem });
  const tag = body.value.tag as string;
  if (device.tags.includes(tag)) return message(409, 'tag already exists');
  if (device.tags.length >= MAX_TAGS) return invalid({ tag: `at most ${MAX_TAGS} tags` });
  device.tags.push(tag);
  return empty(200);
}

async function setTags(context: ShellHubRouteContext, kind: Device['kind']) {
  const device = find(context, kind);
  if (!device) return message(404, `${kind} not found`);
  const body = await readJsonObject(context.request);
  if (!body.ok) return body.outcome;
  const problem = tagListProblem(body.value.tags, 0, MAX_TAGS);
  if (problem) return invalid({ tags: problem });
  device.tags = [...(body.value.tags as string[])];
  return empty(200);
}

function removeTag(context: ShellHubRouteContext, kind: Device['kind']) {
  const device = find(context, kind);
  if (!device) return message(404, `${kind} not found`);
  if (!device.tags.includes(context.params.tag ?? '')) return message(404, 'tag not found');
  device.tags = device.tags.filter((tag) => tag !== context.params.tag);
  return empty(204);
}

async function update(context: ShellHubRouteContext, kind: Device['kind']) {
  const device = find(context, kind);
  if (!device) return message(404, `${kind} not found`);
  const body = await readJsonObject(context.request);
  if (!body.ok) return body.outcome;
  const { name, public_url: publicUrl } = body.value;
  if (name !== undefined) {
    const problem = deviceNameProblem(name);
    if (problem) return invalid({ name: problem });
  }
  if (publicUrl !== undefined && typeof publicUrl !== 'boolean') {
    return invalid({ public_url: 'must be true or false' });
  }
  if (
    typeof name === 'string' &&
    context.state.devices.devices.some(
      (other) =>
        other !== device &&
        other.tenantId === device.tenantId &&
        other.name.toLowerCase() === name.toLowerCase(),
    )
  ) {
    return message(409, `a device named ${name} already exists`);
  }
  if (typeof name === 'string') device.name = name;
  if (typeof publicUrl === 'boolean') device.publicUrl = publicUrl;
  return empty(200);
}

/** Cloud: without an active subscription a namespace accepts devices up to `max_devices`. */
function overDeviceLimit({ state, ...context }: ShellHubRouteContext): boolean {
  const tenant = tenantOf({ state, ...context });
  const namespace = state.namespaces.find((candidate) => candidate.tenantId === tenant);
  if (!namespace || namespace.maxDevices === -1) return false;
  const status = state.namespacesSlice.billing[tenant]?.subscription?.status ?? 'inactive';
  if (ACTIVE_STATUSES.includes(status)) return false;
  const used = state.namespacesSlice.devicesMostUsed[tenant]?.length ?? 0;
  return used >= namespace.maxDevices;
}

function setStatus(context: ShellHubRouteContext, kind: Device['kind'], word: string) {
  const device = find(context, kind);
  if (!device) return message(404, `${kind} not found`);
  const status = STATUS_WORDS[word];
  if (!status) return invalid({ status: 'must be accept, reject, pending or unused' });
  if (status === 'accepted' && device.status !== 'accepted' && overDeviceLimit(context)) {
    return message(402, 'the namespace has reached its device limit');
  }
  device.status = status;
  device.statusUpdatedAt = context.now;
  return empty(200);
}

function remove(context: ShellHubRouteContext, kind: Device['kind']) {
  const device = find(context, kind);
  if (!device) return message(404, `${kind} not found`);
  const { devices } = context.state;
  devices.devices = devices.devices.filter((one) => one !== device);
  devices.sessions = devices.sessions.filter((session) => session.deviceUid !== device.uid);
  return empty(200);
}

function routesFor(kind: Device['kind'], base: string): ShellHubRoute[] {
  const auth = 'jwt,api-key' as const;
  return [
    { method: 'GET', pattern: base, auth, handle: (c) => listDevices(c, kind) },
    {
      method: 'GET',
      pattern: `${base}/:uid`,
      auth,
      handle: (c) => {
        const device = find(c, kind);
        return device
          ? json(deviceView(device, namespaceName(c)))
          : message(404, `${kind} not found`);
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:uid`,
      auth,
      minRole: 'operator',
      handle: (c) => update(c, kind),
    },
    {
      method: 'DELETE',
      pattern: `${base}/:uid`,
      auth,
      minRole: 'administrator',
      handle: (c) => remove(c, kind),
    },
    {
      method: 'PATCH',
      pattern: `${base}/:uid/accept`,
      auth,
      minRole: 'operator',
      handle: (c) => setStatus(c, kind, 'accept'),
    },
    {
      method: 'PATCH',
      pattern: `${base}/:uid/:status`,
      auth,
      minRole: 'operator',
      handle: (c) => setStatus(c, kind, c.params.status ?? ''),
    },
    {
      method: 'POST',
      pattern: `${base}/:uid/tags`,
      auth,
      minRole: 'operator',
      handle: (c) => addTag(c, kind),
    },
    {
      method: 'PUT',
      pattern: `${base}/:uid/tags`,
      auth,
      minRole: 'operator',
      handle: (c) => setTags(c, kind),
    },
    {
      method: 'DELETE',
      pattern: `${base}/:uid/tags/:tag`,
      auth,
      minRole: 'operator',
      handle: (c) => removeTag(c, kind),
    },
  ];
}

export const deviceRoutes: ShellHubRoute[] = [
  ...routesFor('device', '/api/devices'),
  ...routesFor('container', '/api/containers'),
  {
    method: 'GET',
    pattern: '/api/stats',
    auth: 'jwt,api-key',
    handle: (context) => {
      const tenant = tenantOf(context);
      const devices = context.state.devices.devices.filter(
        (device) => device.kind === 'device' && device.tenantId === tenant,
      );
      const count = (status: DeviceStatus) => devices.filter((d) => d.status === status).length;
      return json({
        registered_devices: count('accepted'),
        online_devices: devices.filter((d) => d.status === 'accepted' && d.online).length,
        pending_devices: count('pending'),
        rejected_devices: count('rejected'),
        active_sessions: context.state.devices.sessions.filter(
          (session) => session.tenantId === tenant && session.active,
        ).length,
      });
    },
  },
];
