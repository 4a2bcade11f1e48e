import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route, Vns3RouteContext } from '../routes.ts';
import type { SimOutcome } from '../../framework/types.ts';
import { addressJson, greJson, systemInterfaceJson } from './serialize.ts';
import type { GreInterface, InterfaceAddress, SystemInterface } from './state.ts';
import { intFrom, isIpv4, isNonEmptyString, optionalBoolean, optionalString } from './validate.ts';

type Body = Record<string, unknown>;

const optionalIp = (value: unknown) =>
  value === undefined || value === null || value === '' || isIpv4(value);

function checkSystem(body: Body, creating: boolean): string | null {
  if (
    (creating || body.name !== undefined) &&
    !(isNonEmptyString(body.name) && /^[\w.:-]{1,15}$/.test(body.name))
  ) {
    return 'name must be an interface name (up to 15 letters, digits, . : - _)';
  }
  if (!optionalIp(body.ip_internal)) return 'ip_internal must be an IPv4 address';
  if (!optionalIp(body.ip_external)) return 'ip_external must be an IPv4 address';
  if (!optionalIp(body.gateway)) return 'gateway must be an IPv4 address';
  if (body.mask_bits !== undefined && intFrom(body.mask_bits, 1, 32) === null) {
    return 'mask_bits must be between 1 and 32';
  }
  if (body.mtu !== undefined && intFrom(body.mtu, 500, 9001) === null) {
    return 'mtu must be between 500 and 9001';
  }
  if (!optionalBoolean(body.enabled)) return 'enabled must be a boolean';
  if (!optionalString(body.description)) return 'description must be a string';
  return null;
}

function applySystem(target: SystemInterface, body: Body) {
  if (typeof body.name === 'string') target.name = body.name;
  if (typeof body.description === 'string') target.description = body.description;
  if (body.ip_internal !== undefined)
    target.ipInternal = (body.ip_internal as string | null) || null;
  if (body.ip_external !== undefined)
    target.ipExternal = (body.ip_external as string | null) || null;
  if (body.gateway !== undefined) target.gateway = (body.gateway as string | null) || null;
  if (body.mask_bits !== undefined) target.maskBits = String(body.mask_bits);
  const mtu = intFrom(body.mtu, 500, 9001);
  if (mtu !== null) target.mtu = mtu;
  if (typeof body.enabled === 'boolean') target.enabled = body.enabled;
}

function checkAddress(body: Body, creating: boolean): string | null {
  if ((creating || body.label !== undefined) && !isNonEmptyString(body.label))
    return 'label is required';
  if ((creating || body.ip_internal !== undefined) && !isIpv4(body.ip_internal)) {
    return 'ip_internal must be an IPv4 address';
  }
  if (!optionalIp(body.ip_external)) return 'ip_external must be an IPv4 address';
  if (!optionalIp(body.gateway)) return 'gateway must be an IPv4 address';
  if (body.mask_bits !== undefined && intFrom(body.mask_bits, 1, 32) === null) {
    return 'mask_bits must be between 1 and 32';
  }
  return null;
}

function applyAddress(target: InterfaceAddress, body: Body) {
  if (typeof body.label === 'string') target.label = body.label;
  if (typeof body.description === 'string') target.description = body.description;
  if (typeof body.ip_internal === 'string') target.ipInternal = body.ip_internal;
  if (body.ip_external !== undefined)
    target.ipExternal = (body.ip_external as string | null) || null;
  if (body.gateway !== undefined) target.gateway = (body.gateway as string | null) || null;
  const bits = intFrom(body.mask_bits, 1, 32);
  if (bits !== null) target.maskBits = bits;
}

function checkGre(body: Body, creating: boolean): string | null {
  const need = (name: string) => creating || body[name] !== undefined;
  if (
    need('endpoint_name') &&
    !(isNonEmptyString(body.endpoint_name) && /^[\w-]{1,32}$/.test(body.endpoint_name))
  ) {
    return 'endpoint_name must be 1–32 letters, digits, - or _';
  }
  for (const name of ['ip_internal', 'local_connection_ip', 'remote_connection_ip']) {
    if (need(name) && !isIpv4(body[name])) return `${name} must be an IPv4 address`;
  }
  if (need('mask_bits') && intFrom(body.mask_bits, 1, 32) === null) {
    return 'mask_bits must be between 1 and 32';
  }
  if (body.ttl !== undefined && intFrom(body.ttl, 1, 255) === null)
    return 'ttl must be between 1 and 255';
  if (body.mtu !== undefined && intFrom(body.mtu, 500, 4800) === null) {
    return 'mtu must be between 500 and 4800';
  }
  if (!optionalBoolean(body.enabled)) return 'enabled must be a boolean';
  return null;
}

function applyGre(target: GreInterface, body: Body) {
  if (typeof body.endpoint_name === 'string') target.endpointName = body.endpoint_name;
  if (typeof body.description === 'string') target.description = body.description;
  if (typeof body.ip_internal === 'string') target.ipInternal = body.ip_internal;
  if (body.mask_bits !== undefined) target.maskBits = String(body.mask_bits);
  if (typeof body.local_connection_ip === 'string')
    target.localConnectionIp = body.local_connection_ip;
  if (typeof body.remote_connection_ip === 'string')
    target.remoteConnectionIp = body.remote_connection_ip;
  const ttl = intFrom(body.ttl, 1, 255);
  if (ttl !== null) target.ttl = ttl;
  const mtu = intFrom(body.mtu, 500, 4800);
  if (mtu !== null) target.mtu = mtu;
  if (typeof body.enabled === 'boolean') target.enabled = body.enabled;
}

async function bodyOf(context: Vns3RouteContext): Promise<Body | SimOutcome> {
  const parsed = await readJsonObject(context.request);
  return parsed.ok ? parsed.value : parsed.outcome;
}

const isOutcome = (value: object): value is SimOutcome => 'result' in value;

const ACTIONS = [
  'discover_new_primary_adapters',
  'discover_ips',
  'manage_overlay_interfaces',
  'discover_links',
] as const;

export const interfaceRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/interfaces',
    handle: ({ state }) =>
      vns3Response([
        ...[...state.edge.interfaces.values()].map(systemInterfaceJson),
        ...[...state.edge.gre.values()].map(greJson),
      ]),
  },
  {
    method: 'POST',
    pattern: '/interfaces/action',
    handle: async (context) => {
      const body = await bodyOf(context);
      if (isOutcome(body)) return body;
      const chosen = ACTIONS.filter((action) => body[action] === true);
      if (chosen.length !== 1)
        return badRequest(`Exactly one of ${ACTIONS.join(', ')} must be true`);
      return vns3Response({ action: chosen[0], status: 'completed' });
    },
  },
  {
    method: 'GET',
    pattern: '/interfaces/system',
    handle: ({ state }) =>
      vns3Response([...state.edge.interfaces.values()].map(systemInterfaceJson)),
  },
  {
    method: 'POST',
    pattern: '/interfaces/system',
    handle: async (context) => {
      const body = await bodyOf(context);
      if (isOutcome(body)) return body;
      const problem = checkSystem(body, true);
      if (problem) return badRequest(problem);
      const { edge } = context.state;
      if ([...edge.interfaces.values()].some((item) => item.name === body.name)) {
        return badRequest('name: an interface with that name exists');
      }
      const created: SystemInterface = {
        id: edge.nextInterfaceId++,
        name: '',
        interfaceType: 'system_virtual',
        description: '',
        ipInternal: null,
        ipExternal: null,
        maskBits: '24',
        gateway: null,
        mtu: 1500,
        enabled: true,
        systemDefault: false,
        addresses: new Map(),
      };
      applySystem(created, body);
      edge.interfaces.set(created.id, created);
      return vns3Response(systemInterfaceJson(created));
    },
  },
  ...(['GET', 'PUT', 'DELETE'] as const).map((method): Vns3Route => ({
    method,
    pattern: '/interfaces/system/:interfaceId',
    handle: async (context) => {
      const { edge } = context.state;
      const found = edge.interfaces.get(Number(context.params.interfaceId));
      if (!found) return notFound('interface_id does not exist');
      if (method === 'GET') return vns3Response(systemInterfaceJson(found));
      if (found.systemDefault) {
        return badRequest(
          'System default interfaces cannot be changed',
          'OperationNotAllowedError',
        );
      }
      if (method === 'DELETE') {
        edge.interfaces.delete(found.id);
        return vns3Response(systemInterfaceJson(found));
      }
      const body = await bodyOf(context);
      if (isOutcome(body)) return body;
      const problem = checkSystem(body, false);
      if (problem) return badRequest(problem);
      applySystem(found, body);
      return vns3Response(systemInterfaceJson(found));
    },
  })),
  {
    method: 'GET',
    pattern: '/interfaces/system/:interfaceId/addresses',
    handle: ({ state, params }) => {
      const found = state.edge.interfaces.get(Number(params.interfaceId));
      if (!found) return notFound('interface_id does not exist');
      return vns3Response([...found.addresses.values()].map(addressJson));
    },
  },
  {
    method: 'POST',
    pattern: '/interfaces/system/:interfaceId/addresses',
    handle: async (context) => {
      const { edge } = context.state;
      const found = edge.interfaces.get(Number(context.params.interfaceId));
      if (!found) return notFound('interface_id does not exist');
      const body = await bodyOf(context);
      if (isOutcome(body)) return body;
      const problem = checkAddress(body, true);
      if (problem) return badRequest(problem);
      const created: InterfaceAddress = {
        id: edge.nextInterfaceId++,
        label: '',
        description: '',
        ipInternal: '',
        ipExternal: null,
        maskBits: 32,
        gateway: null,
      };
      applyAddress(created, body);
      found.addresses.set(created.id, created);
      return vns3Response(addressJson(created));
    },
  },
  ...(['GET', 'PUT', 'DELETE'] as const).map((method): Vns3Route => ({
    method,
    pattern: '/interfaces/system/:interfaceId/addresses/:addressId',
    handle: async (context) => {
      const parent = context.state.edge.interfaces.get(Number(context.params.interfaceId));
      const found = parent?.addresses.get(Number(context.params.addressId));
      if (!parent || !found) return notFound('address_id does not exist');
      if (method === 'DELETE') parent.addresses.delete(found.id);
      if (method === 'PUT') {
        const body = await bodyOf(context);
        if (isOutcome(body)) return body;
        const problem = checkAddress(body, false);
        if (problem) return badRequest(problem);
        applyAddress(found, body);
      }
      return vns3Response(addressJson(found));
    },
  })),
  {
    method: 'GET',
    pattern: '/interfaces/edge_gre',
    handle: ({ state }) => vns3Response([...state.edge.gre.values()].map(greJson)),
  },
  {
    method: 'POST',
    pattern: '/interfaces/edge_gre',
    handle: async (context) => {
      const body = await bodyOf(context);
      if (isOutcome(body)) return body;
      const problem = checkGre(body, true);
      if (problem) return badRequest(problem);
      const { edge } = context.state;
      const created: GreInterface = {
        id: edge.nextInterfaceId++,
        endpointName: '',
        description: '',
        ipInternal: '',
        maskBits: '30',
        localConnectionIp: '',
        remoteConnectionIp: '',
        ttl: 255,
        mtu: 1476,
        enabled: true,
      };
      applyGre(created, body);
      edge.gre.set(created.id, created);
      return vns3Response(greJson(created));
    },
  },
  ...(['GET', 'PUT', 'DELETE'] as const).map((method): Vns3Route => ({
    method,
    pattern: '/interfaces/edge_gre/:interfaceId',
    handle: async (context) => {
      const { edge } = context.state;
      const found = edge.gre.get(Number(context.params.interfaceId));
      if (!found) return notFound('interface_id does not exist');
      if (method === 'DELETE') edge.gre.delete(found.id);
      if (method === 'PUT') {
        const body = await bodyOf(context);
        if (isOutcome(body)) return body;
        const problem = checkGre(body, false);
        if (problem) return badRequest(problem);
        applyGre(found, body);
      }
      return vns3Response(greJson(found));
    },
  })),
];
