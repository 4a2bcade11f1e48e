import { DROP_CONNECTION } from '../framework/http.ts';
import type { SimContext, SimOutcome } from '../framework/types.ts';
import { API_PREFIX, isAuthenticated, normalizeEndpoint } from './auth.ts';
import type { ApiMethod } from './auth.ts';
import { dashboardPage, docsPage } from './docs.ts';
import { html, httpMsg, notImplemented, ok } from './http.ts';
import { allowedParameters, parseQuery, readFormBody } from './params.ts';
import type { FormBody } from './params.ts';
import { ROUTES } from './routes/index.ts';
import { isEnabled } from './state.ts';
import type { JidotekiState } from './state.ts';

export const AUTHENTICATION_ERROR = 'Authentication error';

function drop(state: JidotekiState): SimOutcome {
  state.droppedConnections += 1;
  return { result: DROP_CONNECTION };
}

export async function handleJidoteki(context: SimContext<JidotekiState>): Promise<SimOutcome> {
  const { state, request, url, rest, now } = context;
  state.timeline.advance(now);
  if (now < state.downUntil) return drop(state);
  const method = request.method;
  if (method !== 'GET' && method !== 'POST') return ok(notImplemented());

  const allowed = allowedParameters(state.endpoints);
  const { names, params } = parseQuery(url.search);
  if (names.some((name) => !allowed.has(name))) return drop(state);
  let form: FormBody | null = null;
  if (method === 'POST') {
    const body = await readFormBody(request);
    if (body.kind !== 'form') return drop(state);
    if (body.form.names.some((name) => !allowed.has(name))) return drop(state);
    form = body.form;
  }

  if (rest === '/' || rest === '/index.html') return ok(html(dashboardPage(state)));
  if (rest === '/docs' || rest.startsWith('/docs/')) return ok(html(docsPage(state)));
  if (!rest.startsWith(API_PREFIX)) return ok(httpMsg(state, 404));

  const endpoint = normalizeEndpoint(rest);
  const route = ROUTES.get(endpoint);
  if (!route || (route.group !== null && !isEnabled(state, route.group))) {
    return ok(httpMsg(state, 404));
  }

  const routeContext = { state, method: method as ApiMethod, endpoint, query: params, form, now };
  const handler = method === 'GET' ? route.get : route.post;
  if (route.selfAuthenticated) {
    return handler ? handler(routeContext) : drop(state);
  }
  if (
    (state.firstRunEnabled && state.firstRunPending) ||
    !isAuthenticated(state, method, endpoint, params)
  ) {
    state.authFailures += 1;
    return ok(httpMsg(state, 403, AUTHENTICATION_ERROR));
  }
  if (!handler) {
    return ok(
      httpMsg(state, 400, `Invalid authentication method. Expected ${route.get ? 'GET' : 'POST'}`),
    );
  }
  return handler(routeContext);
}
