import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { Vns3State } from '../state.ts';
import type { SimOutcome } from '../../framework/types.ts';
import {
  booleanField,
  integerField,
  isHttpUrl,
  pairListField,
  stringField,
  stringListField,
} from './fields.ts';
import { ALERT_EVENTS } from './rules.ts';
import type { Alert, Webhook } from './state.ts';
import { iso, nextId } from './state.ts';

const webhookDetail = (hook: Webhook) => ({
  id: hook.id,
  name: hook.name,
  url: hook.url,
  body: hook.body,
  validate_cert: hook.validate_cert,
  events: hook.events,
  headers: hook.headers,
  parameters: hook.parameters,
  custom_properties: hook.custom_properties,
  system: false,
  created_at: iso(hook.createdAt),
  updated_at: iso(hook.updatedAt),
});

const alertDetail = (alert: Alert) => ({
  id: alert.id,
  name: alert.name,
  url: alert.url,
  webhook_id: alert.webhook_id,
  enabled: alert.enabled,
  events: alert.events,
  custom_properties: alert.custom_properties,
  created_at: iso(alert.createdAt),
  updated_at: iso(alert.updatedAt),
});

function checkEvents(events: string[] | undefined): SimOutcome | null {
  const unknown = events?.find((event) => !(ALERT_EVENTS as readonly string[]).includes(event));
  return unknown === undefined ? null : badRequest(`Unknown event: ${unknown}`);
}

/** Applies webhook fields; `create` requires name and url. */
function applyWebhook(
  hook: Webhook,
  body: Record<string, unknown>,
  create: boolean,
): SimOutcome | null {
  const name = stringField(body, 'name', { required: create });
  if (!name.ok) return name.outcome;
  const url = stringField(body, 'url', { required: create });
  if (!url.ok) return url.outcome;
  if (url.value !== undefined && !isHttpUrl(url.value))
    return badRequest('url must be an http(s) URL');
  const text = stringField(body, 'body');
  if (!text.ok) return text.outcome;
  const validate = booleanField(body, 'validate_cert');
  if (!validate.ok) return validate.outcome;
  const events = stringListField(body, 'events');
  if (!events.ok) return events.outcome;
  const eventError = checkEvents(events.value);
  if (eventError) return eventError;
  const headers = pairListField(body, 'headers');
  if (!headers.ok) return headers.outcome;
  const parameters = pairListField(body, 'parameters');
  if (!parameters.ok) return parameters.outcome;
  const properties = pairListField(body, 'custom_properties');
  if (!properties.ok) return properties.outcome;
  if (name.value !== undefined) hook.name = name.value;
  if (url.value !== undefined) hook.url = url.value;
  if (text.value !== undefined) hook.body = text.value;
  if (validate.value !== undefined) hook.validate_cert = validate.value;
  if (events.value) hook.events = events.value;
  if (headers.value) hook.headers = headers.value;
  if (parameters.value) hook.parameters = parameters.value;
  if (properties.value) hook.custom_properties = properties.value;
  return null;
}

function applyAlert(
  state: Vns3State,
  alert: Alert,
  body: Record<string, unknown>,
  create: boolean,
): SimOutcome | null {
  const name = stringField(body, 'name', { required: create });
  if (!name.ok) return name.outcome;
  const webhookId = integerField(body, 'webhook_id', create);
  if (!webhookId.ok) return webhookId.outcome;
  const webhook =
    webhookId.value === undefined ? undefined : state.system.webhooks.get(webhookId.value);
  if (webhookId.value !== undefined && !webhook) return badRequest('webhook_id does not exist');
  const url = stringField(body, 'url');
  if (!url.ok) return url.outcome;
  if (url.value && !isHttpUrl(url.value)) return badRequest('url must be an http(s) URL');
  const events = stringListField(body, 'events');
  if (!events.ok) return events.outcome;
  const eventError = checkEvents(events.value);
  if (eventError) return eventError;
  if (create && (events.value ?? []).length === 0) return badRequest('events must not be empty');
  const enabled = booleanField(body, 'enabled');
  if (!enabled.ok) return enabled.outcome;
  const properties = pairListField(body, 'custom_properties');
  if (!properties.ok) return properties.outcome;
  if (name.value !== undefined) alert.name = name.value;
  if (webhook) {
    alert.webhook_id = webhook.id;
    alert.url = webhook.url;
  }
  if (url.value) alert.url = url.value;
  if (events.value) alert.events = events.value;
  if (enabled.value !== undefined) alert.enabled = enabled.value;
  if (properties.value) alert.custom_properties = properties.value;
  return null;
}

export const alertRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/webhooks',
    handle: ({ state }) => vns3Response([...state.system.webhooks.values()].map(webhookDetail)),
  },
  {
    method: 'POST',
    pattern: '/webhook',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const hook: Webhook = {
        id: nextId(state.system),
        name: '',
        url: '',
        body: '',
        validate_cert: true,
        events: [],
        headers: [],
        parameters: [],
        custom_properties: [],
        createdAt: now,
        updatedAt: now,
      };
      const error = applyWebhook(hook, body.value, true);
      if (error) return error;
      state.system.webhooks.set(hook.id, hook);
      return vns3Response(webhookDetail(hook), 201);
    },
  },
  {
    method: 'GET',
    pattern: '/webhook/:id',
    handle: ({ state, params }) => {
      const hook = state.system.webhooks.get(Number(params.id));
      return hook ? vns3Response(webhookDetail(hook)) : notFound('Webhook does not exist');
    },
  },
  {
    method: 'PUT',
    pattern: '/webhook/:id',
    handle: async ({ state, request, params, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const hook = state.system.webhooks.get(Number(params.id));
      if (!hook) return notFound('Webhook does not exist');
      const draft = structuredClone(hook);
      const error = applyWebhook(draft, body.value, false);
      if (error) return error;
      Object.assign(hook, draft, { updatedAt: now });
      return vns3Response(webhookDetail(hook));
    },
  },
  {
    method: 'DELETE',
    pattern: '/webhook/:id',
    handle: ({ state, params }) => {
      const hook = state.system.webhooks.get(Number(params.id));
      if (!hook) return notFound('Webhook does not exist');
      state.system.webhooks.delete(hook.id);
      return vns3Response(webhookDetail(hook));
    },
  },
  {
    method: 'GET',
    pattern: '/alerts',
    handle: ({ state }) => vns3Response([...state.system.alerts.values()].map(alertDetail)),
  },
  { method: 'GET', pattern: '/alert_events', handle: () => vns3Response([...ALERT_EVENTS]) },
  {
    method: 'POST',
    pattern: '/alert',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const alert: Alert = {
        id: nextId(state.system),
        name: '',
        url: '',
        webhook_id: 0,
        enabled: true,
        events: [],
        custom_properties: [],
        createdAt: now,
        updatedAt: now,
      };
      const error = applyAlert(state, alert, body.value, true);
      if (error) return error;
      state.system.alerts.set(alert.id, alert);
      return vns3Response(alertDetail(alert), 201);
    },
  },
  {
    method: 'GET',
    pattern: '/alert/:id',
    handle: ({ state, params }) => {
      const alert = state.system.alerts.get(Number(params.id));
      return alert ? vns3Response(alertDetail(alert)) : notFound('Alert does not exist');
    },
  },
  {
    method: 'PUT',
    pattern: '/alert/:id',
    handle: async ({ state, request, params, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const alert = state.system.alerts.get(Number(params.id));
      if (!alert) return notFound('Alert does not exist');
      const draft = structuredClone(alert);
      const error = applyAlert(state, draft, body.value, false);
      if (error) return error;
      Object.assign(alert, draft, { updatedAt: now });
      return vns3Response(alertDetail(alert));
    },
  },
  {
    method: 'DELETE',
    pattern: '/alert/:id',
    handle: ({ state, params }) => {
      const alert = state.system.alerts.get(Number(params.id));
      if (!alert) return notFound('Alert does not exist');
      state.system.alerts.delete(alert.id);
      return vns3Response(alertDetail(alert));
    },
  },
  {
    method: 'POST',
    pattern: '/alert/:id/toggle_enabled',
    handle: ({ state, params, now }) => {
      const alert = state.system.alerts.get(Number(params.id));
      if (!alert) return notFound('Alert does not exist');
      alert.enabled = !alert.enabled;
      alert.updatedAt = now;
      return vns3Response(alertDetail(alert));
    },
  },
  {
    method: 'POST',
    pattern: '/alert/:id/test',
    handle: ({ state, params }) => {
      const alert = state.system.alerts.get(Number(params.id));
      if (!alert) return notFound('Alert does not exist');
      const failed = alert.url.includes('fail');
      return vns3Response({
        status: failed ? 'failed' : 'success',
        code: failed ? 502 : 200,
        message: failed ? `POST ${alert.url} answered 502` : `Test alert delivered to ${alert.url}`,
      });
    },
  },
];
