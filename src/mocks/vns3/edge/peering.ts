import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { EdgeState } from './state.ts';
import { intFrom, isNonEmptyString, optionalBoolean } from './validate.ts';

const MAX_CONTROLLERS = 16;
const HOSTNAME =
  /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function peeringJson(edge: EdgeState) {
  const { selfId, peers } = edge.peering;
  const self = {
    id: selfId,
    address: edge.thisEndpoint.ipaddress,
    overlay_ipaddress: '100.127.255.193',
    mtu: '1500',
    reachable: true,
    self: true,
    not_set: false,
  };
  const controllers = Object.fromEntries([
    [String(selfId), self],
    ...[...peers.values()].map((peer) => [
      String(peer.id),
      {
        id: peer.id,
        address: peer.address,
        overlay_ipaddress: peer.overlayIpaddress,
        mtu: String(peer.mtu),
        reachable: peer.reachable,
        self: false,
        not_set: false,
      },
    ]),
  ]);
  return { id: selfId, peered: peers.size > 0, managers: controllers, controllers };
}

function checkPeerFields(body: Record<string, unknown>, creating: boolean): string | null {
  if (
    (creating || body.name !== undefined) &&
    !(isNonEmptyString(body.name) && HOSTNAME.test(body.name))
  ) {
    return 'name must be the peer controller IP address or host name';
  }
  if (body.overlay_mtu !== undefined && intFrom(body.overlay_mtu, 500, 4800) === null) {
    return 'overlay_mtu must be between 500 and 4800';
  }
  if (!optionalBoolean(body.force)) return 'force must be a boolean';
  return null;
}

export const peeringRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/peering',
    gate: 'license',
    handle: ({ state }) => vns3Response(peeringJson(state.edge)),
  },
  {
    method: 'PUT',
    pattern: '/peering/self',
    gate: 'license',
    handle: async ({ state, request }) => {
      const parsed = await readJsonObject(request);
      if (!parsed.ok) return parsed.outcome;
      const id = intFrom(parsed.value.id, 1, MAX_CONTROLLERS);
      if (id === null) return badRequest(`id must be between 1 and ${MAX_CONTROLLERS}`);
      if (state.edge.peering.peers.has(id)) return badRequest('id is already used by a peer');
      state.edge.peering.selfId = id;
      return vns3Response(peeringJson(state.edge));
    },
  },
  {
    method: 'POST',
    pattern: '/peering/peers',
    gate: 'license',
    handle: async ({ state, request }) => {
      const parsed = await readJsonObject(request);
      if (!parsed.ok) return parsed.outcome;
      const body = parsed.value;
      const id = intFrom(body.id, 1, MAX_CONTROLLERS);
      if (id === null) return badRequest(`id must be between 1 and ${MAX_CONTROLLERS}`);
      const problem = checkPeerFields(body, true);
      if (problem) return badRequest(problem);
      if (id === state.edge.peering.selfId) return badRequest('id is this controller');
      if (state.edge.peering.peers.has(id)) return badRequest('id: that peer already exists');
      state.edge.peering.peers.set(id, {
        id,
        address: body.name as string,
        overlayIpaddress: `100.127.255.${192 + id}`,
        mtu: intFrom(body.overlay_mtu, 500, 4800) ?? 1500,
        reachable: false,
      });
      return vns3Response(peeringJson(state.edge));
    },
  },
  {
    method: 'PUT',
    pattern: '/peering/peers/:peerId',
    gate: 'license',
    handle: async ({ state, request, params }) => {
      const peer = state.edge.peering.peers.get(Number(params.peerId));
      if (!peer) return notFound('peer_id does not exist');
      const parsed = await readJsonObject(request);
      if (!parsed.ok) return parsed.outcome;
      const problem = checkPeerFields(parsed.value, false);
      if (problem) return badRequest(problem);
      if (typeof parsed.value.name === 'string') peer.address = parsed.value.name;
      const mtu = intFrom(parsed.value.overlay_mtu, 500, 4800);
      if (mtu !== null) peer.mtu = mtu;
      return vns3Response(peeringJson(state.edge));
    },
  },
  {
    method: 'DELETE',
    pattern: '/peering/peers/:peerId',
    gate: 'license',
    handle: ({ state, params }) => {
      if (!state.edge.peering.peers.delete(Number(params.peerId))) {
        return notFound('peer_id does not exist');
      }
      return vns3Response(peeringJson(state.edge));
    },
  },
];
