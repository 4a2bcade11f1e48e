import { matchPattern } from '../framework/match.ts';
import type { SimContext, SimOutcome } from '../framework/types.ts';
import { isAuthenticated } from './auth.ts';
import { clientpacksRoutes } from './clientpacks/index.ts';
import { coreRoutes } from './coreRoutes.ts';
import { edgeRoutes } from './edge/index.ts';
import { firewallRoutes } from './firewall/index.ts';
import { notFound, vns3Error } from './http.ts';
import type { Vns3Route } from './routes.ts';
import type { Vns3State } from './state.ts';
import { beforeVns3Request, systemRoutes } from './system/index.ts';

const ROUTES: readonly Vns3Route[] = [
  ...coreRoutes,
  ...edgeRoutes,
  ...firewallRoutes,
  ...clientpacksRoutes,
  ...systemRoutes,
];

export async function handleVns3(context: SimContext<Vns3State>): Promise<SimOutcome> {
  const { state, request, url, now } = context;
  const rebooting = beforeVns3Request(state, now);
  if (rebooting) return rebooting;
  if (!context.rest.startsWith('/api/')) return notFound('Not found');
  const path = context.rest.slice('/api'.length).replace(/\/$/, '') || '/';
  if (!isAuthenticated(state, request, now)) {
    return vns3Error(401, 'UnauthorizedError', 'Invalid or expired token');
  }
  const matches = ROUTES.map((route) => ({ route, params: matchPattern(route.pattern, path) }));
  const candidates = matches.filter((match) => match.params !== null);
  if (candidates.length === 0) return notFound(`No route for ${path}`);
  const match = candidates.find(({ route }) => route.method === request.method);
  if (!match?.params) return vns3Error(405, 'MethodNotAllowedError', 'Method not allowed');
  if (match.route.gate && !state.licensed) {
    return vns3Error(403, 'PrerequisiteError', 'Must be licensed first.');
  }
  if (match.route.gate === 'keyset' && !state.keysetPresent) {
    return vns3Error(403, 'PrerequisiteError', 'Keyset is missing');
  }
  return match.route.handle({ state, request, url, params: match.params, now });
}
