import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { intField, ipv4Field } from '@/api/vns3/zodRules';
import { type NetworkInterface, interfaceSchema } from './interfaces';
import { networkKeys } from './keys';

/** GET /interfaces/edge_gre: the edge GRE interfaces. */
export function greInterfacesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.greInterfaces(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        { path: vns3Path('/interfaces/edge_gre'), signal },
        z.array(interfaceSchema),
      ),
  });
}

/** GET /interfaces/edge_gre/{id}: read fresh before editing. */
export function greInterfaceQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: networkKeys.greInterface(connectionId, id),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(`/interfaces/edge_gre/${id}`), signal }, interfaceSchema),
  });
}

export const greFormSchema = z.object({
  endpointName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a name'),
      z.regex(/^[\w-]{0,32}$/, 'Up to 32 letters, digits, - or _'),
    ),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  ipInternal: ipv4Field('Enter the tunnel’s inside address'),
  maskBits: intField(1, 32, 'The prefix length is 1–32'),
  localConnectionIp: ipv4Field('Enter the local address the GRE tunnel starts from'),
  remoteConnectionIp: ipv4Field('Enter the remote end’s address'),
  ttl: intField(1, 255, 'The TTL is 1–255'),
  mtu: intField(500, 4800, 'The MTU is 500–4800'),
  enabled: z.boolean(),
});

export type GreFormValues = z.infer<typeof greFormSchema>;

export const GRE_FIELDS = {
  endpoint_name: 'endpointName',
  ip_internal: 'ipInternal',
  mask_bits: 'maskBits',
  local_connection_ip: 'localConnectionIp',
  remote_connection_ip: 'remoteConnectionIp',
  ttl: 'ttl',
  mtu: 'mtu',
} as const;

export function greValues(item?: NetworkInterface): GreFormValues {
  return {
    endpointName: item?.endpoint_name ?? '',
    description: item?.description ?? '',
    ipInternal: item?.ip_internal ?? '',
    maskBits: item?.mask_bits ? String(item.mask_bits) : '30',
    localConnectionIp: item?.local_connection_ip ?? '',
    remoteConnectionIp: item?.remote_connection_ip ?? '',
    ttl: String(item?.ttl ?? 255),
    mtu: String(item?.mtu ?? 1476),
    enabled: item?.enabled ?? true,
  };
}

/** POST /interfaces/edge_gre or PUT /interfaces/edge_gre/{id}. */
export function saveGre(client: HttpClient, values: GreFormValues, id?: number) {
  return vns3Json(
    client,
    {
      method: id === undefined ? 'POST' : 'PUT',
      path: vns3Path(`/interfaces/edge_gre${id === undefined ? '' : `/${id}`}`),
      body: {
        endpoint_name: values.endpointName,
        description: values.description,
        ip_internal: values.ipInternal,
        mask_bits: values.maskBits,
        local_connection_ip: values.localConnectionIp,
        remote_connection_ip: values.remoteConnectionIp,
        ttl: Number(values.ttl),
        mtu: Number(values.mtu),
        enabled: values.enabled,
      },
    },
    interfaceSchema,
  );
}

export function deleteGre(client: HttpClient, id: number) {
  return client.send({ method: 'DELETE', path: vns3Path(`/interfaces/edge_gre/${id}`) });
}

export type InterfaceAction =
  'discover_new_primary_adapters' | 'discover_ips' | 'manage_overlay_interfaces' | 'discover_links';

/** POST /interfaces/action with exactly one action. */
export function runInterfaceAction(client: HttpClient, action: InterfaceAction) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path('/interfaces/action'), body: { [action]: true } },
    z.unknown(),
  );
}
