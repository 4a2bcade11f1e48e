import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { intField, ipv4Field, optionalIpv4Field } from '@/api/vns3/zodRules';
import { networkKeys } from './keys';

const addressSchema = z.object({
  id: z.number(),
  label: z.optional(z.nullable(z.string())),
  ip_internal: z.string(),
  ip_external: z.optional(z.nullable(z.string())),
  mask_bits: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  gateway: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
});

export type InterfaceAddress = z.infer<typeof addressSchema>;

const path = (interfaceId: number, rest = '') =>
  vns3Path(`/interfaces/system/${interfaceId}/addresses${rest}`);

/** GET /interfaces/system/{id}/addresses (the example answers null: treat it as none). */
export function addressesQuery(connectionId: string, client: HttpClient, interfaceId: number) {
  return queryOptions({
    queryKey: networkKeys.addresses(connectionId, interfaceId),
    queryFn: async ({ signal }) =>
      (await vns3Json(
        client,
        { path: path(interfaceId), signal },
        z.nullable(z.array(addressSchema)),
      )) ?? [],
  });
}

/** GET /interfaces/system/{id}/addresses/{address_id}: read fresh before editing. */
export function addressQuery(
  connectionId: string,
  client: HttpClient,
  interfaceId: number,
  addressId: number,
) {
  return queryOptions({
    queryKey: networkKeys.address(connectionId, interfaceId, addressId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: path(interfaceId, `/${addressId}`), signal }, addressSchema),
  });
}

export const addressFormSchema = z.object({
  label: z.string().check(z.trim(), z.minLength(1, 'Enter a label')),
  ipInternal: ipv4Field(),
  maskBits: intField(1, 32, 'The prefix length is 1–32'),
  gateway: optionalIpv4Field(),
});

export type AddressFormValues = z.infer<typeof addressFormSchema>;

export const ADDRESS_FIELDS = {
  label: 'label',
  ip_internal: 'ipInternal',
  mask_bits: 'maskBits',
  gateway: 'gateway',
} as const;

export const addressValues = (address?: InterfaceAddress): AddressFormValues => ({
  label: address?.label ?? '',
  ipInternal: address?.ip_internal ?? '',
  maskBits: String(address?.mask_bits ?? 32),
  gateway: address?.gateway ?? '',
});

/** POST …/addresses, or PUT …/addresses/{address_id} when editing. */
export async function saveAddress(
  client: HttpClient,
  interfaceId: number,
  values: AddressFormValues,
  addressId?: number,
) {
  await client.send({
    method: addressId === undefined ? 'POST' : 'PUT',
    path: path(interfaceId, addressId === undefined ? '' : `/${addressId}`),
    body: {
      label: values.label,
      ip_internal: values.ipInternal,
      mask_bits: Number(values.maskBits),
      gateway: values.gateway || null,
    },
  });
}

export async function deleteAddress(client: HttpClient, interfaceId: number, addressId: number) {
  await client.send({ method: 'DELETE', path: path(interfaceId, `/${addressId}`) });
}
