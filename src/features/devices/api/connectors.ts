import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { fetchShellHubPage } from '@/api/shellhub/shdevices';
import { shKeys } from './keys';
import { connectorInfoSchema, connectorSchema } from './schemas';

/** GET /api/connector: one page of 100. */
export function connectorsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: shKeys.connectors(connectionId),
    queryFn: ({ signal }) =>
      fetchShellHubPage(
        client,
        '/api/connector',
        { page: '1', per_page: '100' },
        connectorSchema,
        signal,
      ),
  });
}

/** GET /api/connector/{uid}: one connector with its current state. */
export function connectorQuery(connectionId: string, client: HttpClient, uid: string) {
  return queryOptions({
    queryKey: shKeys.connector(connectionId, uid),
    queryFn: ({ signal }) =>
      client.json({ path: `/api/connector/${encodeURIComponent(uid)}`, signal }, connectorSchema),
  });
}

/** GET /api/connector/{uid}/info: the Docker engine behind it. */
export function connectorInfoQuery(connectionId: string, client: HttpClient, uid: string) {
  return queryOptions({
    queryKey: shKeys.connectorInfo(connectionId, uid),
    queryFn: ({ signal }) =>
      client.json(
        { path: `/api/connector/${encodeURIComponent(uid)}/info`, signal },
        connectorInfoSchema,
      ),
  });
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export const connectorFormSchema = z.object({
  address: z.string().check(z.regex(HOSTNAME, 'Enter a hostname or an IPv4 address')),
  port: z.string().check(
    z.regex(/^\d{1,5}$/, 'Enter a port from 0 to 65535'),
    z.refine((value) => Number(value) <= 65535, 'Enter a port from 0 to 65535'),
  ),
  secure: z.boolean(),
  enable: z.boolean(),
});
export type ConnectorFormValues = z.infer<typeof connectorFormSchema>;

const body = (values: ConnectorFormValues) => ({
  enable: values.enable,
  address: values.address,
  port: Number(values.port),
  secure: values.secure,
  tls: null,
});

/** POST /api/connector, or PATCH /api/connector/{uid}. */
export async function saveConnector(client: HttpClient, values: ConnectorFormValues, uid?: string) {
  await client.send(
    uid
      ? { method: 'PATCH', path: `/api/connector/${encodeURIComponent(uid)}`, body: body(values) }
      : { method: 'POST', path: '/api/connector', body: body(values) },
  );
}

/** DELETE /api/connector/{uid}. */
export async function deleteConnector(client: HttpClient, uid: string) {
  await client.send({ method: 'DELETE', path: `/api/connector/${encodeURIComponent(uid)}` });
}
