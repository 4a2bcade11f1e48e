import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { routesJson } from './serialize.ts';
import type { EdgeState, Route } from './state.ts';
import { intFrom, isCidr, isIpv4, optionalBoolean, optionalString } from './validate.ts';

export function interfaceNames(edge: EdgeState): string[] {
  return [
    ...[...edge.interfaces.values()].map((item) => item.name),
    ...[...edge.gre.keys()].map((id) => `gre${id}`),
    ...[...edge.links.keys()].map((id) => `lnk${id}`),
  ];
}

function checkRoute(body: Record<string, unknown>, edge: EdgeState): string | null {
  if (!isCidr(body.cidr))
    return 'cidr must be a network in CIDR notation (a.b.c.d/n, no host bits)';
  const hasInterface = typeof body.interface === 'string' && body.interface !== '';
  const hasTunnel = body.tunnel !== undefined && body.tunnel !== null;
  if (!hasInterface && !hasTunnel) return 'interface or tunnel is required';
  if (hasInterface && hasTunnel) return 'interface and tunnel cannot both be given';
  if (hasInterface && !interfaceNames(edge).includes(body.interface as string)) {
    return `interface ${String(body.interface)} does not exist`;
  }
  if (hasTunnel && !edge.gre.has(intFrom(body.tunnel, 1, 1_000_000) ?? -1)) {
    return 'tunnel must be the id of an edge GRE interface';
  }
  if (
    body.gateway !== undefined &&
    body.gateway !== null &&
    body.gateway !== '' &&
    !isIpv4(body.gateway)
  ) {
    return 'gateway must be an IPv4 address';
  }
  if (body.metric !== undefined && intFrom(body.metric, 0, 65535) === null) {
    return 'metric must be between 0 and 65535';
  }
  if (
    body.table !== undefined &&
    (typeof body.table !== 'string' || !/^\w{1,32}$/.test(body.table))
  ) {
    return 'table must be a table name (letters, digits, underscore)';
  }
  if (!optionalBoolean(body.advertise)) return 'advertise must be a boolean';
  if (!optionalString(body.description)) return 'description must be a string';
  return null;
}

export const routingRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/routes',
    gate: 'license',
    handle: ({ state, url }) =>
      vns3Response(routesJson(state.edge, url.searchParams.get('table') ?? undefined)),
  },
  {
    method: 'POST',
    pattern: '/routes',
    gate: 'license',
    handle: async ({ state, request }) => {
      const parsed = await readJsonObject(request);
      if (!parsed.ok) return parsed.outcome;
      const body = parsed.value;
      const problem = checkRoute(body, state.edge);
      if (problem) return badRequest(problem);
      const table = typeof body.table === 'string' ? body.table : 'main';
      const duplicate = [...state.edge.routes.values()].some(
        (other) =>
          other.cidr === body.cidr &&
          other.table === table &&
          (other.interface ?? '') === (body.interface ?? ''),
      );
      if (duplicate) return badRequest('cidr: that route already exists in this table');
      const id = state.edge.nextId.route++;
      const created: Route = {
        id,
        cidr: body.cidr as string,
        description: typeof body.description === 'string' ? body.description : '',
        interface: typeof body.interface === 'string' && body.interface ? body.interface : null,
        gateway: typeof body.gateway === 'string' && body.gateway ? body.gateway : null,
        tunnel: body.tunnel === undefined || body.tunnel === null ? null : Number(body.tunnel),
        table,
        advertise: body.advertise === true,
        metric: intFrom(body.metric, 0, 65535) ?? 0,
        enabled: true,
        editable: true,
      };
      state.edge.routes.set(id, created);
      return vns3Response(routesJson(state.edge));
    },
  },
  {
    method: 'DELETE',
    pattern: '/routes/:routeId',
    gate: 'license',
    handle: ({ state, params }) => {
      const found = state.edge.routes.get(Number(params.routeId));
      if (!found) return notFound('route_id does not exist');
      if (!found.editable)
        return badRequest('This route was added by the system and cannot be deleted');
      state.edge.routes.delete(found.id);
      return vns3Response(routesJson(state.edge));
    },
  },
  ...(['enable', 'disable'] as const).map((action): Vns3Route => ({
    method: 'PUT',
    pattern: `/routes/:routeId/${action}`,
    gate: 'license',
    handle: ({ state, params }) => {
      const found = state.edge.routes.get(Number(params.routeId));
      if (!found) return notFound('route_id does not exist');
      if (!found.editable)
        return badRequest('This route was added by the system and cannot be changed');
      found.enabled = action === 'enable';
      return vns3Response(routesJson(state.edge));
    },
  })),
];
