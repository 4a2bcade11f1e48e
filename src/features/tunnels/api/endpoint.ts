import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { isIpv4 } from '@/api/vns3/validation';
import { ipv4Field, optionalCidrField, optionalIpv4Field } from '@/api/vns3/zodRules';
import {
  type Endpoint,
  endpointPath,
  endpointSchema,
  ipsecTreeSchema,
  toEndpoint,
  toTree,
} from './ipsec';

const EXTRA_CONFIG_TOKEN = /^(phase1|phase2)=[\w-]+$/;

export const endpointFormSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(64, 'At most 64 characters')),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  ipaddress: ipv4Field('Enter the remote gateway’s public IPv4 address'),
  secret: z.string().check(z.maxLength(128, 'At most 128 characters')),
  ikeVersion: z.enum(['1', '2']),
  pfs: z.boolean(),
  natT: z.boolean(),
  privateIpaddress: optionalIpv4Field(),
  extraConfig: z.string().check(
    z.refine(
      (value) =>
        value
          .split(/\s+/)
          .filter(Boolean)
          .every((token) => EXTRA_CONFIG_TOKEN.test(token)),
      'Use phase1=… and phase2=… entries separated by spaces, e.g. phase1=aes256-sha2_256-dh14',
    ),
  ),
  vpnType: z.enum(['policy', 'gre', 'vti']),
  routeBasedIntAddress: z.string().check(
    z.trim(),
    z.refine((value) => {
      if (!value) return true;
      const [address, bits] = value.split('/');
      return !!address && isIpv4(address) && /^\d{1,2}$/.test(bits ?? '') && Number(bits) <= 32;
    }, 'Enter an address with prefix, e.g. 169.254.0.1/30'),
  ),
  routeBasedLocal: optionalCidrField(),
  routeBasedRemote: optionalCidrField(),
});

export type EndpointFormValues = z.infer<typeof endpointFormSchema>;

/** On create the PSK is required; on edit an empty field keeps the current one. */
export const createEndpointSchema = endpointFormSchema.check(
  z.refine((values) => values.secret.length > 0, {
    path: ['secret'],
    message: 'Enter the pre-shared key',
  }),
);

export const ENDPOINT_FIELDS = {
  name: 'name',
  ipaddress: 'ipaddress',
  secret: 'secret',
  ike_version: 'ikeVersion',
  private_ipaddress: 'privateIpaddress',
  extra_config: 'extraConfig',
  vpn_type: 'vpnType',
  route_based_int_address: 'routeBasedIntAddress',
  route_based_local: 'routeBasedLocal',
  route_based_remote: 'routeBasedRemote',
} as const;

export function endpointFormValues(endpoint?: Endpoint): EndpointFormValues {
  return {
    name: endpoint?.name ?? '',
    description: endpoint?.description ?? '',
    ipaddress: endpoint?.ipaddress ?? '',
    secret: '',
    ikeVersion: endpoint?.ike_version === 1 ? '1' : '2',
    pfs: endpoint?.pfs ?? true,
    natT: endpoint?.nat_t_enabled ?? true,
    privateIpaddress: endpoint?.private_ipaddress ?? '',
    extraConfig: (endpoint?.extra_config ?? []).join(' '),
    vpnType:
      endpoint?.vpn_type === 'gre' || endpoint?.vpn_type === 'vti' ? endpoint.vpn_type : 'policy',
    routeBasedIntAddress: endpoint?.route_based_int_address ?? '',
    routeBasedLocal: endpoint?.route_based_local ?? '',
    routeBasedRemote: endpoint?.route_based_remote ?? '',
  };
}

function toBody(values: EndpointFormValues) {
  const routeBased = values.vpnType === 'vti';
  return {
    name: values.name,
    description: values.description,
    ipaddress: values.ipaddress,
    ...(values.secret ? { secret: values.secret } : {}),
    ike_version: Number(values.ikeVersion),
    pfs: values.pfs,
    nat_t_enabled: values.natT,
    private_ipaddress: values.privateIpaddress,
    extra_config: values.extraConfig.trim().split(/\s+/).filter(Boolean).join(' '),
    vpn_type: values.vpnType,
    ...(routeBased
      ? {
          route_based_int_address: values.routeBasedIntAddress,
          route_based_local: values.routeBasedLocal,
          route_based_remote: values.routeBasedRemote,
        }
      : {}),
  };
}

/** POST /ipsec/endpoints or PUT /ipsec/endpoints/{id}; both answer the endpoint. */
export async function saveEndpoint(
  client: HttpClient,
  values: EndpointFormValues,
  endpointId?: number,
): Promise<Endpoint> {
  const request =
    endpointId === undefined
      ? { method: 'POST' as const, path: vns3Path('/ipsec/endpoints') }
      : { method: 'PUT' as const, path: endpointPath(endpointId) };
  return toEndpoint(await vns3Json(client, { ...request, body: toBody(values) }, endpointSchema));
}

/** DELETE /ipsec/endpoints/{id}: answers the whole IPsec tree. */
export async function deleteEndpoint(client: HttpClient, endpointId: number) {
  return toTree(
    await vns3Json(client, { method: 'DELETE', path: endpointPath(endpointId) }, ipsecTreeSchema),
  );
}
