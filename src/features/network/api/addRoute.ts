import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { cidrField, intField, optionalIpv4Field } from '@/api/vns3/zodRules';
import { type Route, routeList, routeMapSchema } from './routes';

export const addRouteSchema = z.object({
  cidr: cidrField(),
  interface: z.string().check(z.minLength(1, 'Choose the interface the route goes out of')),
  gateway: optionalIpv4Field(),
  metric: intField(0, 65535, 'The metric is a whole number from 0 to 65535', true),
  table: z
    .string()
    .check(
      z.trim(),
      z.regex(/^\w{0,32}$/, 'A table name has up to 32 letters, digits or underscores'),
    ),
  description: z.string().check(z.maxLength(255, 'At most 255 characters')),
  advertise: z.boolean(),
});

export type AddRouteValues = z.infer<typeof addRouteSchema>;

/** Wire field → form field, for the controller's 400 messages. */
export const ROUTE_FIELDS = {
  cidr: 'cidr',
  interface: 'interface',
  gateway: 'gateway',
  metric: 'metric',
  table: 'table',
} as const;

/** POST /routes; answers the whole route table. */
export async function addRoute(client: HttpClient, values: AddRouteValues): Promise<Route[]> {
  const map = await vns3Json(
    client,
    {
      method: 'POST',
      path: vns3Path('/routes'),
      body: {
        cidr: values.cidr,
        interface: values.interface,
        ...(values.gateway ? { gateway: values.gateway } : {}),
        ...(values.metric ? { metric: Number(values.metric) } : {}),
        ...(values.table ? { table: values.table } : {}),
        description: values.description,
        advertise: values.advertise,
      },
    },
    routeMapSchema,
  );
  return routeList(map);
}

/** PUT /routes/{id}/enable|disable or DELETE /routes/{id}; each answers the whole table. */
export async function changeRoute(
  client: HttpClient,
  id: number,
  action: 'enable' | 'disable' | 'delete',
): Promise<Route[]> {
  const request =
    action === 'delete'
      ? { method: 'DELETE' as const, path: vns3Path(`/routes/${id}`) }
      : { method: 'PUT' as const, path: vns3Path(`/routes/${id}/${action}`) };
  return routeList(await vns3Json(client, request, routeMapSchema));
}
