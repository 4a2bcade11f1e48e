import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json } from '@/api/vns3/envelope';
import { ASN_MAX, badAccessListLine } from '@/api/vns3/validation';
import { intField, ipv4Field } from '@/api/vns3/zodRules';
import {
  type BgpPeer,
  type Endpoint,
  bgpPeerSchema,
  endpointPath,
  endpointSchema,
  toEndpoint,
} from './ipsec';
import { tunnelsKeys } from './keys';

const verbosePeerSchema = z.extend(bgpPeerSchema, {
  connection_detail: z.optional(z.nullable(z.string())),
});

/** GET …/ebgp_peers/{id}?verbose=true: the peer with the routing daemon's session detail. */
export function bgpPeerQuery(
  connectionId: string,
  client: HttpClient,
  endpointId: number,
  peerId: number,
) {
  return queryOptions({
    queryKey: tunnelsKeys.bgpPeer(connectionId, endpointId, peerId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        {
          path: endpointPath(endpointId, `/ebgp_peers/${peerId}`),
          query: { verbose: 'true' },
          signal,
        },
        verbosePeerSchema,
      ),
  });
}

export const bgpPeerFormSchema = z.object({
  ipaddress: ipv4Field('Enter the peer’s IPv4 address'),
  asn: intField(1, ASN_MAX, `The ASN is a whole number from 1 to ${ASN_MAX}`),
  localAsnAlias: intField(1, ASN_MAX, `The ASN is a whole number from 1 to ${ASN_MAX}`, true),
  accessList: z.string().check(
    z.superRefine((value, context) => {
      const bad = badAccessListLine(value);
      if (bad) {
        context.addIssue({
          code: 'custom',
          input: value,
          message: `“${bad}” is not “in|out permit|deny a.b.c.d/n”`,
        });
      }
    }),
  ),
  bgpPassword: z.string().check(z.maxLength(80, 'At most 80 characters')),
  holdTime: intField(3, 65535, 'The hold time is 3–65535 seconds'),
  keepaliveInterval: intField(1, 21845, 'The keepalive interval is 1–21845 seconds'),
});

export type BgpPeerValues = z.infer<typeof bgpPeerFormSchema>;

export const BGP_PEER_FIELDS = {
  ipaddress: 'ipaddress',
  asn: 'asn',
  local_asn_alias: 'localAsnAlias',
  access_list: 'accessList',
  hold_time: 'holdTime',
  keepalive_interval: 'keepaliveInterval',
} as const;

export function bgpPeerValues(peer?: BgpPeer): BgpPeerValues {
  return {
    ipaddress: peer?.ipaddress ?? '',
    asn: peer ? String(peer.asn) : '',
    localAsnAlias: peer?.local_asn_alias ? String(peer.local_asn_alias) : '',
    accessList: peer?.access_list ?? '',
    bgpPassword: '',
    holdTime: String(peer?.hold_time ?? 90),
    keepaliveInterval: String(peer?.keepalive_interval ?? 30),
  };
}

function toBody(values: BgpPeerValues) {
  return {
    ipaddress: values.ipaddress,
    asn: Number(values.asn),
    ...(values.localAsnAlias ? { local_asn_alias: Number(values.localAsnAlias) } : {}),
    access_list: values.accessList.trim(),
    ...(values.bgpPassword ? { bgp_password: values.bgpPassword } : {}),
    hold_time: Number(values.holdTime),
    keepalive_interval: Number(values.keepaliveInterval),
  };
}

/** POST / PUT / DELETE …/ebgp_peers: each answers the whole endpoint. */
export async function saveBgpPeer(
  client: HttpClient,
  endpointId: number,
  values: BgpPeerValues | null,
  peerId?: number,
): Promise<Endpoint> {
  const path = endpointPath(endpointId, `/ebgp_peers${peerId === undefined ? '' : `/${peerId}`}`);
  const request =
    values === null
      ? { method: 'DELETE' as const, path }
      : {
          method: peerId === undefined ? ('POST' as const) : ('PUT' as const),
          path,
          body: toBody(values),
        };
  return toEndpoint(await vns3Json(client, request, endpointSchema));
}
