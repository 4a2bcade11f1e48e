import type { KindRuntime } from './runtime.ts';

export interface SimRegistry {
  runtimes: ReadonlyMap<string, KindRuntime>;
  notAvailable: readonly string[];
}

export const NOT_AVAILABLE_KINDS: readonly string[] = ['vns3', 'shellhub', 'evon', 'devicegw'];

export function createRegistry(
  runtimes: readonly KindRuntime[],
  notAvailable: readonly string[] = NOT_AVAILABLE_KINDS,
): SimRegistry {
  return {
    runtimes: new Map(runtimes.map((runtime) => [runtime.kind, runtime])),
    notAvailable: notAvailable.filter((kind) => !runtimes.some((r) => r.kind === kind)),
  };
}

export function notAvailableResponse(kind: string): Response {
  return new Response(JSON.stringify({ error: `The ${kind} simulator is not available yet` }), {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'Content-Type': 'application/json', 'X-Simulator': 'not-available' },
  });
}

export function unknownKindResponse(kind: string): Response {
  return new Response(JSON.stringify({ error: `Unknown simulator kind: ${kind}` }), {
    status: 404,
    statusText: 'Not Found',
    headers: { 'Content-Type': 'application/json' },
  });
}
