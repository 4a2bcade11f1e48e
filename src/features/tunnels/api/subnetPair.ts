import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json } from '@/api/vns3/envelope';
import { cidrField, intField, optionalCidrField, optionalIpv4Field } from '@/api/vns3/zodRules';
import {
  type Endpoint,
  type TrafficPair,
  type Tunnel,
  endpointPath,
  endpointSchema,
  toEndpoint,
  trafficPairSchema,
  tunnelSchema,
} from './ipsec';

const common = {
  remoteSubnet: cidrField('Enter the remote network, e.g. 192.168.10.0/24'),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  pingIpaddress: optionalIpv4Field(),
  pingInterval: intField(1, 3600, 'The ping interval is 1–3600 seconds', true),
  pingInterface: z.enum(['eth0', 'tun0']),
  enabled: z.boolean(),
};

/** A policy tunnel: the local subnet may be left empty (the controller's overlay subnet). */
export const tunnelFormSchema = z.object({ ...common, localSubnet: optionalCidrField() });

/** A traffic pair needs both subnets. */
export const pairFormSchema = z.object({
  ...common,
  localSubnet: cidrField('Enter the local network, e.g. 10.0.0.0/24'),
});

export type SubnetPairValues = z.infer<typeof tunnelFormSchema>;

export const SUBNET_PAIR_FIELDS = {
  local_subnet: 'localSubnet',
  remote_subnet: 'remoteSubnet',
  ping_ipaddress: 'pingIpaddress',
  ping_interval: 'pingInterval',
  ping_interface: 'pingInterface',
  description: 'description',
} as const;

export function subnetPairValues(item?: Tunnel | TrafficPair): SubnetPairValues {
  return {
    localSubnet: item?.local_subnet ?? '',
    remoteSubnet: item?.remote_subnet ?? '',
    description: item?.description ?? '',
    pingIpaddress: item?.ping_ipaddress ?? '',
    pingInterval: item?.ping_interval ? String(item.ping_interval) : '',
    pingInterface: item?.ping_interface === 'tun0' ? 'tun0' : 'eth0',
    enabled: item?.enabled ?? true,
  };
}

function toBody(values: SubnetPairValues) {
  return {
    ...(values.localSubnet ? { local_subnet: values.localSubnet } : {}),
    remote_subnet: values.remoteSubnet,
    description: values.description,
    ...(values.pingIpaddress
      ? {
          ping_ipaddress: values.pingIpaddress,
          ping_interface: values.pingInterface,
          ...(values.pingInterval ? { ping_interval: Number(values.pingInterval) } : {}),
        }
      : {}),
    enabled: values.enabled,
  };
}

/** POST …/tunnels answers the endpoint; PUT …/tunnels/{id} answers the tunnel. */
export async function saveTunnel(
  client: HttpClient,
  endpointId: number,
  values: SubnetPairValues,
  tunnelId?: number,
): Promise<Endpoint | Tunnel> {
  if (tunnelId === undefined) {
    return toEndpoint(
      await vns3Json(
        client,
        { method: 'POST', path: endpointPath(endpointId, '/tunnels'), body: toBody(values) },
        endpointSchema,
      ),
    );
  }
  return vns3Json(
    client,
    { method: 'PUT', path: endpointPath(endpointId, `/tunnels/${tunnelId}`), body: toBody(values) },
    tunnelSchema,
  );
}

/** PUT …/tunnels/{id} with `{bounce: true}` or `{enabled}`. */
export function tunnelAction(
  client: HttpClient,
  endpointId: number,
  tunnelId: number,
  body: { bounce: true } | { enabled: boolean },
) {
  return vns3Json(
    client,
    { method: 'PUT', path: endpointPath(endpointId, `/tunnels/${tunnelId}`), body },
    tunnelSchema,
  );
}

export async function deleteTunnel(client: HttpClient, endpointId: number, tunnelId: number) {
  return toEndpoint(
    await vns3Json(
      client,
      { method: 'DELETE', path: endpointPath(endpointId, `/tunnels/${tunnelId}`) },
      endpointSchema,
    ),
  );
}

/** Traffic pair create / edit answer the pair. */
export function savePair(
  client: HttpClient,
  endpointId: number,
  values: SubnetPairValues,
  pairId?: number,
) {
  return vns3Json(
    client,
    {
      method: pairId === undefined ? 'POST' : 'PUT',
      path: endpointPath(endpointId, `/traffic_pairs${pairId === undefined ? '' : `/${pairId}`}`),
      body: toBody(values),
    },
    trafficPairSchema,
  );
}

/** PUT …/traffic_pairs/{id}/enable|disable (no body), or DELETE. */
export function pairAction(
  client: HttpClient,
  endpointId: number,
  pairId: number,
  action: 'enable' | 'disable' | 'delete',
) {
  return vns3Json(
    client,
    action === 'delete'
      ? { method: 'DELETE', path: endpointPath(endpointId, `/traffic_pairs/${pairId}`) }
      : { method: 'PUT', path: endpointPath(endpointId, `/traffic_pairs/${pairId}/${action}`) },
    trafficPairSchema,
  );
}
