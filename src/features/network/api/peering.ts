import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { HOSTNAME, isIpv4 } from '@/api/vns3/validation';
import { intField } from '@/api/vns3/zodRules';
import { networkKeys } from './keys';

export const MAX_CONTROLLER_ID = 16;

const peerSchema = z.object({
  id: z.number(),
  address: z.optional(z.nullable(z.string())),
  overlay_ipaddress: z.optional(z.nullable(z.string())),
  mtu: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  reachable: z.optional(z.boolean()),
  self: z.optional(z.boolean()),
  not_set: z.optional(z.boolean()),
});

export const peeringSchema = z.object({
  id: z.optional(z.nullable(z.number())),
  peered: z.optional(z.boolean()),
  controllers: z.optional(z.record(z.string(), peerSchema)),
  managers: z.optional(z.record(z.string(), peerSchema)),
});

export type Peering = z.infer<typeof peeringSchema>;
export type Peer = z.infer<typeof peerSchema>;

export const peersOf = (peering: Peering): Peer[] =>
  Object.values(peering.controllers ?? peering.managers ?? {}).sort((a, b) => a.id - b.id);

/** GET /peering: this controller's id and its peers. */
export function peeringQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.peering(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path('/peering'), signal }, peeringSchema),
  });
}

const idRule = intField(1, MAX_CONTROLLER_ID, `A controller id is 1–${MAX_CONTROLLER_ID}`);

export const selfFormSchema = z.object({ id: idRule });

export const peerFormSchema = z.object({
  id: idRule,
  name: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter the peer controller’s IP address or host name'),
    z.refine(
      (value) => !value || isIpv4(value) || (HOSTNAME.test(value) && !/^[\d.]+$/.test(value)),
      'Enter an IPv4 address or a host name',
    ),
  ),
  overlayMtu: intField(500, 4800, 'The overlay MTU is 500–4800'),
  force: z.boolean(),
});

export type PeerFormValues = z.infer<typeof peerFormSchema>;

export const PEER_FIELDS = { id: 'id', name: 'name', overlay_mtu: 'overlayMtu' } as const;

/** PUT /peering/self. */
export function setSelfId(client: HttpClient, id: number) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/peering/self'), body: { id } },
    peeringSchema,
  );
}

/** POST /peering/peers or PUT /peering/peers/{id}. */
export function savePeer(client: HttpClient, values: PeerFormValues, existing: boolean) {
  const body = { name: values.name, overlay_mtu: Number(values.overlayMtu), force: values.force };
  return vns3Json(
    client,
    existing
      ? { method: 'PUT', path: vns3Path(`/peering/peers/${values.id}`), body }
      : {
          method: 'POST',
          path: vns3Path('/peering/peers'),
          body: { id: Number(values.id), ...body },
        },
    peeringSchema,
  );
}

export function deletePeer(client: HttpClient, id: number) {
  return vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`/peering/peers/${id}`) },
    peeringSchema,
  );
}
