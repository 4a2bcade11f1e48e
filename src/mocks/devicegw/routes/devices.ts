import { empty, isRecord, json, message, ok, readJson, rejected } from '../http.ts';
import { findLive, knownGroups, liveDevices } from '../state.ts';
import type { Device, DeviceGatewayState } from '../state.ts';
import type { Route, RouteContext } from './types.ts';

export const ORDER_BY = [
  'name-asc',
  'name-desc',
  'uuid-asc',
  'uuid-desc',
  'created-at-asc',
  'created-at-desc',
  'last-seen-asc',
  'last-seen-desc',
] as const;

const READ = ['devices:read'];

export function listItem(device: Device) {
  return {
    uuid: device.uuid,
    'created-at': device.createdAt,
    'last-seen': device.lastSeen,
    target: device.target,
    tag: device.tag,
    labels: device.labels,
  };
}

function detail(device: Device) {
  return {
    ...listItem(device),
    apps: device.apps,
    'ostree-hash': device.ostreeHash,
    pubkey: device.pubkey,
    'update-name': device.updateName,
    'aktualizr-toml': device.aktualizrToml,
    'hardware-info': device.hardwareInfo,
    'network-info': device.networkInfo,
    ...(device.status ? { status: device.status } : {}),
  };
}

function sortKey(device: Device, field: string): string | number {
  switch (field) {
    case 'uuid':
      return device.uuid;
    case 'created-at':
      return device.createdAt;
    case 'last-seen':
      return device.lastSeen;
    default:
      return device.labels.name ?? '';
  }
}

function parseCount(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) return null;
  return Number(value);
}

function pageLink(url: URL, offset: number, limit: number, orderBy: string, rel: string): string {
  const link = new URL(url.href);
  link.search = '';
  link.searchParams.set('offset', String(offset));
  link.searchParams.set('limit', String(limit));
  link.searchParams.set('order-by', orderBy);
  return `<${link.href}>; rel="${rel}"`;
}

function list({ state, url }: RouteContext) {
  const orderBy = url.searchParams.get('order-by') ?? 'name-asc';
  if (!(ORDER_BY as readonly string[]).includes(orderBy)) {
    return rejected(message(400, `Invalid order-by value: ${orderBy}`));
  }
  const limit = parseCount(url.searchParams.get('limit'), 1000);
  const offset = parseCount(url.searchParams.get('offset'), 0);
  if (limit === null || limit < 1) return rejected(message(400, 'Invalid limit'));
  if (offset === null) return rejected(message(400, 'Invalid offset'));
  const field = orderBy.replace(/-(asc|desc)$/, '');
  const direction = orderBy.endsWith('-desc') ? -1 : 1;
  const sorted = [...liveDevices(state)].sort((a, b) => {
    const left = sortKey(a, field);
    const right = sortKey(b, field);
    const order = left < right ? -1 : left > right ? 1 : a.uuid < b.uuid ? -1 : 1;
    return order * direction;
  });
  const page = sorted.slice(offset, offset + limit);
  const last = sorted.length === 0 ? 0 : Math.floor((sorted.length - 1) / limit) * limit;
  const links = [pageLink(url, 0, limit, orderBy, 'first')];
  if (offset + limit < sorted.length)
    links.push(pageLink(url, offset + limit, limit, orderBy, 'next'));
  links.push(pageLink(url, last, limit, orderBy, 'last'));
  return ok(json(page.map(listItem), 200, { Link: links.join(', ') }));
}

const CSR_HEADER = '-----BEGIN CERTIFICATE REQUEST-----';

async function create({ state, request, now }: RouteContext) {
  state.createTimes = state.createTimes.filter((at) => at > now - 1000);
  if (state.createTimes.length >= 2) return ok(message(429, 'Too many requests'));
  state.createTimes.push(now);
  const body = await readJson(request);
  if (!body.ok) return rejected(body.response);
  const value = body.value;
  if (!isRecord(value) || typeof value.uuid !== 'string' || value.uuid === '') {
    return rejected(message(400, 'uuid is required'));
  }
  const uuid = value.uuid;
  const csr = value.csr;
  if (typeof csr !== 'string' || !csr.includes(CSR_HEADER)) {
    return rejected(message(400, 'Invalid CSR: expected a PEM certificate request'));
  }
  if (!csr.includes(`CN=${uuid}`)) {
    return rejected(message(400, 'Invalid CSR: its CN must equal the device uuid'));
  }
  const name = value.name;
  if (name !== undefined && (typeof name !== 'string' || !/^[a-zA-Z0-9_.-]{1,60}$/.test(name))) {
    return rejected(message(400, 'Invalid name'));
  }
  const group = value.group;
  if (group !== undefined && (typeof group !== 'string' || !knownGroups(state).includes(group))) {
    return rejected(message(400, `Unknown group: ${String(group)}`));
  }
  if (state.devices.some((device) => device.uuid === uuid)) {
    return ok(message(409, 'Device already exists'));
  }
  const nowS = Math.floor(now / 1000);
  state.devices.push({
    uuid,
    createdAt: nowS,
    lastSeen: nowS,
    target: '',
    tag: '',
    labels: {
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof group === 'string' ? { group } : {}),
    },
    apps: [],
    ostreeHash: '',
    pubkey: '',
    updateName: '',
    aktualizrToml: '',
    hardwareInfo: '',
    networkInfo: '',
    deleted: false,
    appsStates: [],
    updates: [],
    tests: [],
    artifacts: {},
    configs: [],
    applied: null,
  });
  const dir = typeof value['sota-config-dir'] === 'string' ? value['sota-config-dir'] : '/var/sota';
  return ok(
    json(
      {
        'root.crt': '-----BEGIN CERTIFICATE-----\nROOT\n-----END CERTIFICATE-----\n',
        'client.pem': `-----BEGIN CERTIFICATE-----\nCN=${uuid}\n-----END CERTIFICATE-----\n`,
        'sota.toml': `[tls]\nserver = "https://gateway.example.net:8443"\n[import]\nbase_path = "${dir}"\n`,
      },
      201,
    ),
  );
}

function withDevice(
  handler: (device: Device, context: RouteContext) => ReturnType<Route['handle']>,
) {
  return (context: RouteContext) => {
    const device = findLive(context.state, context.params.uuid ?? '');
    return device ? handler(device, context) : ok(empty(404));
  };
}

function remove(state: DeviceGatewayState, device: Device) {
  device.deleted = true;
  device.appsStates = [];
  device.updates = [];
  device.configs = [];
  device.applied = null;
  device.tests = [];
  device.artifacts = {};
  void state;
  return ok(empty(204));
}

export const DEVICE_ROUTES: Route[] = [
  { method: 'GET', pattern: '/v1/devices', scopes: READ, handle: list },
  { method: 'POST', pattern: '/v1/devices', scopes: ['devices:create'], handle: create },
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid',
    scopes: READ,
    handle: withDevice((device) => ok(json(detail(device)))),
  },
  {
    method: 'DELETE',
    pattern: '/v1/devices/:uuid',
    scopes: ['devices:delete'],
    handle: withDevice((device, { state }) => remove(state, device)),
  },
  {
    method: 'GET',
    pattern: '/v1/denied-devices',
    scopes: READ,
    handle: ({ state }) =>
      ok(
        json(
          state.devices
            .filter((device) => device.deleted)
            .slice(0, 10_000)
            .map((device) => device.uuid),
        ),
      ),
  },
  {
    method: 'DELETE',
    pattern: '/v1/denied-devices/:uuid',
    scopes: ['devices:delete'],
    handle: ({ state, params }) => {
      const device = state.devices.find((d) => d.uuid === params.uuid && d.deleted);
      if (!device) return ok(message(404, 'Device is not on the denied list'));
      device.deleted = false;
      return ok(empty(204));
    },
  },
  {
    method: 'GET',
    pattern: '/v1/known-labels/devices',
    scopes: READ,
    handle: ({ state }) => {
      const names = new Set<string>();
      for (const device of liveDevices(state))
        for (const name of Object.keys(device.labels)) names.add(name);
      names.delete('name');
      names.delete('group');
      return ok(json(['name', 'group', ...[...names].sort()]));
    },
  },
  {
    method: 'GET',
    pattern: '/v1/known-labels/device-groups',
    scopes: READ,
    handle: ({ state }) => ok(json(knownGroups(state))),
  },
];
