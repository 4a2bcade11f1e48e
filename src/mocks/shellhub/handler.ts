import { matchPattern } from '../framework/match.ts';
import type { SimContext, SimOutcome } from '../framework/types.ts';
import { accountRoutes } from './account/index.ts';
import { identifyCaller } from './auth.ts';
import { devicesRoutes } from './devices/index.ts';
import { message } from './http.ts';
import { namespacesRoutes } from './namespaces/index.ts';
import type { ShellHubRoute } from './routes.ts';
import { type ShellHubState, roleRank } from './state.ts';

const ROUTES: readonly ShellHubRoute[] = [...accountRoutes, ...devicesRoutes, ...namespacesRoutes];

export async function handleShellHub(context: SimContext<ShellHubState>): Promise<SimOutcome> {
  const { state, request, url, now } = context;
  const path = context.rest.replace(/(.)\/$/, '$1');
  const candidates = ROUTES.map((route) => ({
    route,
    params: matchPattern(route.pattern, path),
  })).filter((match) => match.params !== null);
  if (candidates.length === 0) return message(404, 'not found');
  const match = candidates.find(({ route }) => route.method === request.method);
  if (!match?.params) return message(405, 'method not allowed');
  const { route, params } = match;
  const identified = identifyCaller(state, request, now);
  if (!identified.ok) return message(401, 'unauthorized');
  const { caller } = identified;
  if (route.auth !== 'none') {
    if (!caller) return message(401, 'unauthorized');
    if (caller.via === 'api-key' && route.auth === 'jwt') {
      return message(403, 'this route cannot be called with an API key');
    }
    if (route.minRole && roleRank(caller.role) < roleRank(route.minRole)) {
      return message(403, 'forbidden');
    }
  }
  return route.handle({ state, request, url, params, caller, now });
}
