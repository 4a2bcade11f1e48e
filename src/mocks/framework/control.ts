import { CONTROL_HEADERS, jsonResponse } from './http.ts';
import { notAvailableResponse, unknownKindResponse } from './registry.ts';
import type { SimRegistry } from './registry.ts';
import { ControlError } from './types.ts';
import type { ControlFields } from './types.ts';

export async function handleControl(
  request: Request,
  segments: string[],
  registry: SimRegistry,
): Promise<Response> {
  const response = await dispatchControl(request, segments, registry);
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(CONTROL_HEADERS)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

async function dispatchControl(
  request: Request,
  segments: string[],
  registry: SimRegistry,
): Promise<Response> {
  const method = request.method;
  if (segments.length === 0) {
    if (method !== 'GET') return methodNotAllowed('GET');
    return jsonResponse(overview(registry));
  }
  if (segments.length === 1 && segments[0] === 'reset-all') {
    if (method !== 'POST') return methodNotAllowed('POST');
    for (const runtime of registry.runtimes.values()) runtime.resetAll();
    return jsonResponse({ reset: 'all', kinds: [...registry.runtimes.keys()] });
  }
  const [kind = '', instanceId] = segments;
  const runtime = registry.runtimes.get(kind);
  if (!runtime) {
    return registry.notAvailable.includes(kind)
      ? notAvailableResponse(kind)
      : unknownKindResponse(kind);
  }
  if (segments.length !== 2 || !instanceId) {
    return jsonResponse({ error: 'Expected /sim/_control/<kind>/<instance>' }, 404);
  }
  if (method === 'GET') return jsonResponse(runtime.snapshot(instanceId));
  if (method !== 'POST') return methodNotAllowed('GET, POST');
  const fields = await readFields(request);
  if (fields instanceof Response) return fields;
  try {
    return jsonResponse(runtime.control(instanceId, fields));
  } catch (error) {
    if (error instanceof ControlError) return jsonResponse({ error: error.message }, 400);
    throw error;
  }
}

async function readFields(request: Request): Promise<ControlFields | Response> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return jsonResponse({ error: 'The control body must be JSON' }, 400);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return jsonResponse({ error: 'The control body must be a JSON object' }, 400);
  }
  return parsed as ControlFields;
}

function overview(registry: SimRegistry): Record<string, unknown> {
  const kinds: Record<string, string[]> = {};
  for (const [kind, runtime] of registry.runtimes) kinds[kind] = runtime.instanceIds();
  return { kinds, notAvailable: registry.notAvailable };
}

function methodNotAllowed(allow: string): Response {
  return jsonResponse({ error: 'Method not allowed' }, 405, { Allow: allow });
}
