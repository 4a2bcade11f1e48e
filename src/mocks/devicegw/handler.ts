import type { SimContext, SimOutcome } from '../framework/types.ts';
import { authenticate } from './auth.ts';
import { message, ok, plain } from './http.ts';
import { ROUTES } from './routes/index.ts';
import { matchPattern } from './routes/types.ts';
import { missingScopes, scopeMask } from './scopes.ts';
import type { DeviceGatewayState } from './state.ts';

export async function handleDeviceGateway(
  context: SimContext<DeviceGatewayState>,
): Promise<SimOutcome> {
  const { state, request, url, now } = context;
  // The seed's curl example uses un-prefixed paths; the server itself serves /v1.
  const path = context.rest.startsWith('/v1/') ? context.rest : `/v1${context.rest}`;
  const auth = authenticate(state, request, now);
  if (!auth.ok) return ok(plain(auth.status, auth.text));
  const outcome = await route(state, request, url, path, auth.token, now);
  const headers = new Headers(outcome.result instanceof Response ? outcome.result.headers : {});
  if (!(outcome.result instanceof Response)) return outcome;
  headers.set('x-version', state.version);
  return {
    ...outcome,
    result: new Response(outcome.result.body, {
      status: outcome.result.status,
      statusText: outcome.result.statusText,
      headers,
    }),
  };
}

async function route(
  state: DeviceGatewayState,
  request: Request,
  url: URL,
  path: string,
  token: { scopes: string[]; user: string; expiresAt: number | null },
  now: number,
): Promise<SimOutcome> {
  const matches = ROUTES.map((route) => ({ route, params: matchPattern(route.pattern, path) }))
    .filter((match) => match.params !== null)
    .filter(
      ({ route }) => route.method !== 'POST' || route.pattern !== '/v1/devices' || state.deviceCa,
    );
  if (matches.length === 0) return ok(message(404, 'Not Found'));
  const match = matches.find(({ route }) => route.method === request.method);
  if (!match || !match.params) return ok(message(405, 'Method Not Allowed'));
  const missing = missingScopes(scopeMask(token.scopes), match.route.scopes);
  if (missing.length > 0) {
    return ok(plain(403, `User missing required scope(s): ${missing.join(', ')}`));
  }
  return match.route.handle({ state, request, url, params: match.params, token, now });
}
