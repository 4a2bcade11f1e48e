import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { ipv4Field } from '@/api/vns3/zodRules';
import { ipsecTreeSchema, toTree } from './ipsec';

export const localAddressSchema = z.object({
  address: ipv4Field('Enter the IPsec local address'),
});

export type LocalAddressValues = z.infer<typeof localAddressSchema>;

export const LOCAL_ADDRESS_FIELDS = { ipsec_local_ipaddress: 'address' } as const;

/**
 * PUT /ipsec `{ipsec_local_ipaddress}`: device-wide, and the controller accepts it only while no
 * remote endpoint exists. Sent without `async`, it answers the updated IPsec tree.
 */
export async function setIpsecLocalAddress(client: HttpClient, address: string) {
  return toTree(
    await vns3Json(
      client,
      { method: 'PUT', path: vns3Path('/ipsec'), body: { ipsec_local_ipaddress: address } },
      ipsecTreeSchema,
    ),
  );
}
