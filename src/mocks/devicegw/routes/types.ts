import type { SimOutcome } from '../../framework/types.ts';
import type { DeviceGatewayState, Token } from '../state.ts';

export { matchPattern } from '../../framework/match.ts';

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
