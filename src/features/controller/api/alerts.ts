import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const pairSchema = z.object({ name: z.string(), value: z.optional(z.string()) });

export const webhookSchema = z.object({
  id: z.number(),
  name: z.string(),
  url: nullableString,
  body: nullableString,
  validate_cert: z.optional(z.boolean()),
  events: z.optional(z.array(z.string())),
  headers: z.optional(z.array(pairSchema)),
});

export type Webhook = z.infer<typeof webhookSchema>;

export const alertSchema = z.object({
  id: z.number(),
  name: z.string(),
  url: nullableString,
  webhook_id: z.nullable(z.optional(z.number())),
  enabled: z.boolean(),
  events: z.optional(z.array(z.string())),
});

export type Alert = z.infer<typeof alertSchema>;

export function alertsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.alerts(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/alerts', z.array(alertSchema), signal),
  });
}

export function alertQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: controllerKeys.alert(connectionId, id),
    queryFn: ({ signal }) => vns3Get(client, `/alert/${id}`, alertSchema, signal),
  });
}

export function alertEventsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.alertEvents(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/alert_events', z.array(z.string()), signal),
    staleTime: Infinity,
  });
}

export function webhooksQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.webhooks(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/webhooks', z.array(webhookSchema), signal),
  });
}

export function webhookQuery(connectionId: string, client: HttpClient, id: number) {
  return queryOptions({
    queryKey: controllerKeys.webhook(connectionId, id),
    queryFn: ({ signal }) => vns3Get(client, `/webhook/${id}`, webhookSchema, signal),
  });
}

export interface AlertBody {
  name: string;
  webhook_id: number;
  url: string;
  events: string[];
  enabled: boolean;
}

export function createAlert(client: HttpClient, body: AlertBody) {
  return vns3Write(client, 'POST', '/alert', alertSchema, { ...body });
}

export function updateAlert(client: HttpClient, id: number, body: Partial<AlertBody>) {
  return vns3Write(client, 'PUT', `/alert/${id}`, alertSchema, { ...body });
}

export function toggleAlert(client: HttpClient, id: number) {
  return vns3Write(client, 'POST', `/alert/${id}/toggle_enabled`, alertSchema);
}

export function deleteAlert(client: HttpClient, id: number) {
  return vns3Write(client, 'DELETE', `/alert/${id}`, alertSchema);
}

export function testAlert(client: HttpClient, id: number) {
  return vns3Write(
    client,
    'POST',
    `/alert/${id}/test`,
    z.object({ status: z.string(), code: z.optional(z.number()), message: nullableString }),
  );
}

export interface WebhookBody {
  name: string;
  url: string;
  body: string;
  validate_cert: boolean;
  events: string[];
  headers: { name: string; value: string }[];
}

export function createWebhook(client: HttpClient, body: WebhookBody) {
  return vns3Write(client, 'POST', '/webhook', webhookSchema, { ...body });
}

/** Headers are left out unless given: the controller keeps the ones it has. */
export function updateWebhook(
  client: HttpClient,
  id: number,
  body: Omit<WebhookBody, 'headers'> & Partial<Pick<WebhookBody, 'headers'>>,
) {
  return vns3Write(client, 'PUT', `/webhook/${id}`, webhookSchema, { ...body });
}

export function deleteWebhook(client: HttpClient, id: number) {
  return vns3Write(client, 'DELETE', `/webhook/${id}`, webhookSchema);
}

const msSchema = z.object({ ip: nullableString, alert_enabled: z.boolean() });

export function msQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.ms(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/ms', msSchema, signal),
  });
}

/** POST /ms sets the address the first time; PUT /ms changes it and the alert switch. */
export async function saveMs(
  client: HttpClient,
  configured: boolean,
  body: { ip: string; alert_enabled: boolean },
) {
  if (!configured) await vns3Write(client, 'POST', '/ms', msSchema, { ip: body.ip });
  return vns3Write(client, 'PUT', '/ms', msSchema, body);
}

export function testMsAlert(client: HttpClient) {
  return vns3Write(client, 'POST', '/ms/alert/test', z.boolean());
}
