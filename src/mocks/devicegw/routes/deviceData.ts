import { reasonPhrase } from '../../framework/http.ts';
import { empty, isRecord, json, message, ok, readJson, rejected } from '../http.ts';
import { findLive } from '../state.ts';
import type { Device, DeviceGatewayState } from '../state.ts';
import type { Route, RouteContext } from './types.ts';

const READ = ['devices:read'];
const READ_UPDATE = ['devices:read-update'];
const UPDATE_ID = /^[a-zA-Z0-9_-]+$/;
const TEST_ID = /^[A-Za-z0-9_-]{15,48}$/;
export const LABEL_NAME = /^[a-z0-9_.-]{1,20}$/;
export const LABEL_VALUE = /^[a-zA-Z0-9_.-]{1,60}$/;

function withDevice(
  handler: (device: Device, context: RouteContext) => ReturnType<Route['handle']>,
) {
  return (context: RouteContext) => {
    const device = findLive(context.state, context.params.uuid ?? '');
    return device ? handler(device, context) : ok(empty(404));
  };
}

function labelError(name: string, value: string | null): string | null {
  if (!LABEL_NAME.test(name)) return `Invalid label name: ${name}`;
  if (value !== null && !LABEL_VALUE.test(value)) return `Invalid value for label ${name}`;
  return null;
}

function duplicateName(state: DeviceGatewayState, device: Device, labels: Record<string, string>) {
  const name = labels.name;
  return (
    name !== undefined &&
    state.devices.some((other) => other !== device && !other.deleted && other.labels.name === name)
  );
}

async function patchLabels(device: Device, { state, request }: RouteContext) {
  const body = await readJson(request);
  if (!body.ok) return rejected(body.response);
  const value = body.value;
  if (!isRecord(value)) return rejected(message(400, 'Expected a JSON object'));
  const upserts = value.Upserts ?? {};
  const deletes = value.Deletes ?? [];
  if (!isRecord(upserts) || !Array.isArray(deletes)) {
    return rejected(message(400, 'Upserts must be an object and Deletes an array'));
  }
  if (Object.keys(upserts).length === 0 && deletes.length === 0) {
    return rejected(message(400, 'At least one label change is required'));
  }
  const next = { ...device.labels };
  for (const [name, labelValue] of Object.entries(upserts)) {
    if (typeof labelValue !== 'string')
      return rejected(message(400, `Invalid value for label ${name}`));
    const error = labelError(name, labelValue);
    if (error) return rejected(message(400, error));
    next[name] = labelValue;
  }
  for (const name of deletes) {
    if (typeof name !== 'string' || !LABEL_NAME.test(name)) {
      return rejected(message(400, `Invalid label name: ${String(name)}`));
    }
    delete next[name];
  }
  if (duplicateName(state, device, next)) {
    return ok(message(409, `A device with the 'name' label "${next.name}" already exists`));
  }
  device.labels = next;
  return ok(new Response(null, { status: 200, statusText: reasonPhrase(200) }));
}

async function putLabels(device: Device, { state, request }: RouteContext) {
  const body = await readJson(request);
  if (!body.ok) return rejected(body.response);
  const value = body.value;
  if (!isRecord(value)) return rejected(message(400, 'Expected a JSON object'));
  const next: Record<string, string> = {};
  for (const [name, labelValue] of Object.entries(value)) {
    if (labelValue !== null && typeof labelValue !== 'string') {
      return rejected(message(400, `Invalid value for label ${name}`));
    }
    const error = labelError(name, labelValue);
    if (error) return rejected(message(400, error));
    if (labelValue !== null) next[name] = labelValue;
  }
  if (duplicateName(state, device, next)) {
    return ok(message(409, `A device with the 'name' label "${next.name}" already exists`));
  }
  device.labels = next;
  return ok(new Response(null, { status: 200, statusText: reasonPhrase(200) }));
}

export const DEVICE_DATA_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid/apps-states',
    scopes: READ,
    handle: withDevice((device) => ok(json({ apps_states: device.appsStates }))),
  },
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid/updates',
    scopes: READ,
    handle: withDevice((device) => ok(json(device.updates.map((update) => update.id)))),
  },
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid/updates/:id',
    scopes: READ,
    handle: withDevice((device, { params }) => {
      const id = params.id ?? '';
      if (!UPDATE_ID.test(id)) return rejected(message(400, 'Invalid update id'));
      const update = device.updates.find((u) => u.id === id);
      return update ? ok(json(update.events)) : ok(message(404, 'Update not found'));
    }),
  },
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid/tests',
    scopes: READ,
    handle: withDevice((device) => ok(json(device.tests))),
  },
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid/tests/:testid',
    scopes: READ,
    handle: withDevice((device, { params }) => {
      const id = params.testid ?? '';
      if (!TEST_ID.test(id)) return rejected(message(400, 'Invalid test id'));
      const test = device.tests.find((t) => t.uuid === id);
      return test ? ok(json(test)) : ok(message(404, 'Test not found'));
    }),
  },
  {
    method: 'GET',
    pattern: '/v1/devices/:uuid/tests/:testid/:artifact',
    scopes: READ,
    handle: withDevice((device, { params }) => {
      const content = device.artifacts[`${params.testid}/${params.artifact}`];
      if (content === undefined) return ok(message(404, 'Artifact not found'));
      return ok(
        new Response(content, {
          status: 200,
          statusText: 'OK',
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Disposition': `attachment; filename="${params.artifact}"`,
          },
        }),
      );
    }),
  },
  {
    method: 'PATCH',
    pattern: '/v1/devices/:uuid/labels',
    scopes: READ_UPDATE,
    handle: withDevice(patchLabels),
  },
  {
    method: 'PUT',
    pattern: '/v1/devices/:uuid/labels',
    scopes: READ_UPDATE,
    handle: withDevice(putLabels),
  },
];
