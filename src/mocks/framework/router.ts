import { DEMO_MANIFEST_PATH, demoManifestResponse } from '../demo.ts';
import { simulatorRegistry } from '../simulators.ts';
import { handleControl } from './control.ts';
import { DROP_CONNECTION, isPreflight, jsonResponse, preflightResponse, withCors } from './http.ts';
import type { SimResult } from './http.ts';
import { CONTROL_PREFIX, SIM_PREFIX } from './paths.ts';
import { notAvailableResponse, unknownKindResponse } from './registry.ts';
import type { SimRegistry } from './registry.ts';

export { DROP_CONNECTION } from './http.ts';
export type { SimResult } from './http.ts';
export { CONTROL_PREFIX, SIM_PREFIX } from './paths.ts';

export type SimRouter = (request: Request) => Promise<Response | typeof DROP_CONNECTION>;

export function createSimRouter(registry: SimRegistry): SimRouter {
  return async (request) => {
    const result = await route(request, registry);
    return result === DROP_CONNECTION ? result : withCors(result);
  };
}

async function route(request: Request, registry: SimRegistry): Promise<SimResult> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(SIM_PREFIX)) {
    return jsonResponse({ error: 'Not a simulator path' }, 404);
  }
  if (isPreflight(request)) return preflightResponse(request);
  if (url.pathname === DEMO_MANIFEST_PATH) return demoManifestResponse();
  if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
    const segments = url.pathname
      .slice(CONTROL_PREFIX.length)
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeSegment);
    return handleControl(request, segments, registry);
  }
  const [rawKind = '', rawInstance = '', ...rest] = url.pathname
    .slice(SIM_PREFIX.length)
    .split('/');
  const kind = decodeSegment(rawKind);
  const runtime = registry.runtimes.get(kind);
  if (!runtime) {
    return registry.notAvailable.includes(kind)
      ? notAvailableResponse(kind)
      : unknownKindResponse(kind);
  }
  const instanceId = decodeSegment(rawInstance);
  if (instanceId === '') {
    return jsonResponse({ error: `Expected /sim/${kind}/<instance>/...` }, 404);
  }
  return runtime.handle(instanceId, request, url, `/${rest.join('/')}`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const defaultRouter = createSimRouter(simulatorRegistry);

export function handleSimRequest(request: Request): Promise<Response | typeof DROP_CONNECTION> {
  return defaultRouter(request);
}
