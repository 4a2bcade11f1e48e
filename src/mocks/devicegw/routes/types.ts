import type { SimOutcome } from '../../framework/types.ts';
import type { DeviceGatewayState, Token } from '../state.ts';

export interface RouteContext {
  state: DeviceGatewayState;
  request: Request;
  url: URL;
  params: Record<string, string>;
  token: Token;
  now: number;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `/v1/devices/:uuid`; segments starting with `:` capture one path segment. */
  pattern: string;
  scopes: readonly string[];
  handle(context: RouteContext): SimOutcome | Promise<SimOutcome>;
}

export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const segment = want[i] ?? '';
    const actual = got[i] ?? '';
    if (segment.startsWith(':')) {
      if (actual === '') return null;
      params[segment.slice(1)] = safeDecode(actual);
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
