import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { intField, optionalIpv4Field } from '@/api/vns3/zodRules';
import { type NetworkInterface, interfaceSchema } from './interfaces';
import { networkKeys } from './keys';

const path = (id?: number) => vns3Path(`/interfaces/system${id === undefined ? '' : `/${id}`}`);

/** GET /interfaces/system: the controller's system and virtual interfaces. */
export function systemInterfacesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.systemInterfaces(connectionId),
    queryFn: ({ signal }) => vns3Json(client, { path: path(), signal }, z.array(interfaceSchema)),
  });
}

/** GET /interfaces/system/{id}: read fresh before editing. */
export function systemInterfaceQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: networkKeys.systemInterface(connectionId, id),
    queryFn: ({ signal }) => vns3Json(client, { path: path(id), signal }, interfaceSchema),
  });
}

export const systemInterfaceFormSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a name'),
      z.regex(/^[\w.:-]{0,15}$/, 'Up to 15 letters, digits, . : - or _'),
    ),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  ipInternal: optionalIpv4Field(),
  maskBits: intField(1, 32, 'The prefix length is 1–32', true),
  ipExternal: optionalIpv4Field(),
  gateway: optionalIpv4Field(),
  mtu: intField(500, 9001, 'The MTU is 500–9001'),
  enabled: z.boolean(),
});

export type SystemInterfaceValues = z.infer<typeof systemInterfaceFormSchema>;

export const SYSTEM_INTERFACE_FIELDS = {
  name: 'name',
  description: 'description',
  ip_internal: 'ipInternal',
  mask_bits: 'maskBits',
  ip_external: 'ipExternal',
  gateway: 'gateway',
  mtu: 'mtu',
} as const;

export function systemInterfaceValues(item?: NetworkInterface): SystemInterfaceValues {
  return {
    name: item?.name ?? '',
    description: item?.description ?? '',
    ipInternal: item?.ip_internal ?? '',
    maskBits: item?.mask_bits ? String(item.mask_bits) : '',
    ipExternal: item?.ip_external ?? '',
    gateway: item?.gateway ?? '',
    mtu: String(item?.mtu ?? 1500),
    enabled: item?.enabled ?? true,
  };
}

/** POST /interfaces/system or PUT /interfaces/system/{id}; empty addresses are sent as null. */
export function saveSystemInterface(
  client: HttpClient,
  values: SystemInterfaceValues,
  id?: number,
) {
  return vns3Json(
    client,
    {
      method: id === undefined ? 'POST' : 'PUT',
      path: path(id),
      body: {
        name: values.name,
        description: values.description,
        ip_internal: values.ipInternal || null,
        ...(values.maskBits ? { mask_bits: values.maskBits } : {}),
        ip_external: values.ipExternal || null,
        gateway: values.gateway || null,
        mtu: Number(values.mtu),
        enabled: values.enabled,
      },
    },
    interfaceSchema,
  );
}

/** DELETE /interfaces/system/{id}. */
export function deleteSystemInterface(client: HttpClient, id: number) {
  return client.send({ method: 'DELETE', path: path(id) });
}
