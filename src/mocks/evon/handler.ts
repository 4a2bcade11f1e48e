import type { SimContext, SimOutcome } from '../framework/types.ts';
import { forbidden, hasPerm, isOutcome, modelPermission, requireUser } from './auth.ts';
import {
  MESSAGES,
  attachment,
  detail,
  djangoNotFound,
  drfJson,
  invalid,
  methodNotAllowed,
  noContent,
  ok,
  paginate,
} from './drf.ts';
import {
  DOWNLOADS,
  REDOC_PAGE,
  bootstrapLinux,
  bootstrapWindows,
  decryptPayload,
  openApiDocument,
  serverOpenVpnConfig,
  toYaml,
  userOpenVpnConfig,
} from './files.ts';
import { RESOURCES, updateConfig } from './resources.ts';
import type { Resource } from './resources.ts';
import { canReach } from './auth.ts';
import type { EvonState, EvonUser } from './state.ts';

const LIST_ALLOW = (methods: string[]) => [...methods, 'HEAD', 'OPTIONS'].join(', ');

type Body = { body: Record<string, unknown> } | SimOutcome;

/** DRF parsers: JSON, form and multipart; anything else is 415. */
async function readBody(request: Request): Promise<Body> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  if (type.startsWith('multipart/')) {
    const body: Record<string, unknown> = {};
    const form = await request.formData().catch(() => null);
    if (!form) return ok(detail(400, 'Multipart form parse error - Invalid boundary in multipart'));
    for (const key of new Set(form.keys())) {
      const values = form
        .getAll(key)
        .map((value) => (typeof value === 'string' ? value : value.name));
      body[key] = values.length > 1 ? values : values[0];
    }
    return { body };
  }
  const text = await request.text();
  if (text.trim() === '') return { body: {} };
  if (type === 'application/json' || type === '') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        const got = Array.isArray(parsed) ? 'list' : typeof parsed === 'string' ? 'str' : 'int';
        return invalid({
          non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`],
        });
      }
      return { body: parsed as Record<string, unknown> };
    } catch (error) {
      return ok(detail(400, `JSON parse error - ${(error as Error).message}`));
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(text);
    const body: Record<string, unknown> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      body[key] = values.length > 1 ? values : values[0];
    }
    return { body };
  }
  return ok(detail(415, `Unsupported media type "${type}" in request.`));
}

function parseId(raw: string): number | null {
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

async function handleResource(
  state: EvonState,
  resource: Resource,
  user: EvonUser,
  context: SimContext<EvonState>,
  rawId: string | undefined,
): Promise<SimOutcome> {
  const { request, url, now } = context;
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const isServerList = resource.model === 'hub.server' && rawId === undefined && method === 'GET';
  const perm = modelPermission(method, resource.model);
  if (!isServerList && perm && !hasPerm(state, user, perm)) return forbidden(state);
  const allowed = rawId === undefined ? resource.listMethods : resource.detailMethods;
  if (!allowed.includes(method)) return methodNotAllowed(request.method, LIST_ALLOW(allowed));

  // Non-superusers see only the servers a policy lets them reach.
  const visible = resource
    .items(state, user)
    .filter(
      (item) =>
        resource.model !== 'hub.server' || user.is_superuser || canReach(state, user, item.id),
    )
    .sort((a, b) => a.id - b.id);

  if (rawId === undefined) {
    if (method === 'GET') {
      return paginate(
        visible.map((item) => resource.json(state, item, user, now)),
        url,
      );
    }
    const body = await readBody(request);
    if ('result' in body) return body;
    const created = resource.create?.(state, body.body, now);
    if (!created) return methodNotAllowed(request.method, LIST_ALLOW(allowed));
    if (!created.ok) return invalid(created.errors);
    return ok(drfJson(resource.json(state, created.item, user, now), 201, LIST_ALLOW(allowed)));
  }

  const id = parseId(rawId);
  const item = visible.find((candidate) => candidate.id === id);
  if (!item) return ok(detail(404, MESSAGES.notFound));
  if (method === 'GET')
    return ok(drfJson(resource.json(state, item, user, now), 200, LIST_ALLOW(allowed)));
  if (method === 'DELETE') {
    if (!resource.remove?.(state, item)) return forbidden(state);
    return noContent();
  }
  const body = await readBody(request);
  if ('result' in body) return body;
  const updated = resource.update?.(state, item, body.body);
  if (!updated) return methodNotAllowed(request.method, LIST_ALLOW(allowed));
  if (!updated.ok) return invalid(updated.errors);
  return ok(drfJson(resource.json(state, updated.item, user, now), 200, LIST_ALLOW(allowed)));
}

async function handleConfig(
  state: EvonState,
  user: EvonUser,
  context: SimContext<EvonState>,
  rawId: string | undefined,
): Promise<SimOutcome> {
  const method = context.request.method === 'HEAD' ? 'GET' : context.request.method;
  const perm = modelPermission(method, 'hub.config');
  if (perm && !hasPerm(state, user, perm)) return forbidden(state);
  const allowed = rawId === undefined ? ['GET'] : ['PATCH'];
  if (!allowed.includes(method))
    return methodNotAllowed(context.request.method, LIST_ALLOW(allowed));
  if (rawId === undefined) return paginate([{ ...state.config }], context.url);
  if (parseId(rawId) !== state.config.id) return ok(detail(404, MESSAGES.notFound));
  const body = await readBody(context.request);
  if ('result' in body) return body;
  const errors = updateConfig(state, body.body);
  if (errors) return invalid(errors);
  return ok(drfJson({ ...state.config }, 200, LIST_ALLOW(allowed)));
}

async function handleProfile(
  state: EvonState,
  user: EvonUser,
  context: SimContext<EvonState>,
  rawId: string,
): Promise<SimOutcome> {
  const method = context.request.method === 'HEAD' ? 'GET' : context.request.method;
  const perm = modelPermission(method, 'hub.userprofile');
  if (perm && !hasPerm(state, user, perm)) return forbidden(state);
  const allowed = ['GET', 'PATCH'];
  if (!allowed.includes(method))
    return methodNotAllowed(context.request.method, LIST_ALLOW(allowed));
  const owner = state.users.find((candidate) => candidate.id === parseId(rawId));
  if (!owner) return ok(detail(404, MESSAGES.notFound));
  if (method === 'PATCH') {
    const body = await readBody(context.request);
    if ('result' in body) return body;
    if ('shared' in body.body) {
      const value = body.body.shared;
      if (value !== true && value !== false)
        return invalid({ shared: ['Must be a valid boolean.'] });
      owner.profile.shared = value;
    }
  }
  return ok(
    drfJson(
      { shared: owner.profile.shared, ipv4_address: owner.profile.ipv4_address },
      200,
      LIST_ALLOW(allowed),
    ),
  );
}

async function handleDecrypt(state: EvonState, request: Request): Promise<SimOutcome> {
  const failed = () =>
    ok(drfJson({ status: 'error', message: 'failed to decrypt payload' }, 400, 'POST, OPTIONS'));
  let text: string | null = null;
  try {
    const form = await request.formData();
    const data = form.get('data');
    text = data === null ? null : typeof data === 'string' ? data : await data.text();
  } catch {
    return failed();
  }
  const clear = text === null ? null : decryptPayload(text);
  if (clear === null) return failed();
  void state;
  return ok(attachment(clear, DOWNLOADS.secrets));
}

function isDeployer(user: EvonUser): boolean {
  return user.is_superuser || user.username === 'deployer';
}

export async function handleEvon(context: SimContext<EvonState>): Promise<SimOutcome> {
  const { state, request, url, rest } = context;
  const method = request.method === 'HEAD' ? 'GET' : request.method;

  if (rest === '/api/') {
    return ok(
      new Response(REDOC_PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
    );
  }
  if (rest === '/api/schema') {
    if (url.searchParams.get('format') === 'yaml') {
      return ok(
        new Response(toYaml(openApiDocument()), {
          headers: { 'Content-Type': 'application/vnd.oai.openapi; charset=utf-8' },
        }),
      );
    }
    return ok(
      new Response(JSON.stringify(openApiDocument()), {
        headers: { 'Content-Type': 'application/vnd.oai.openapi+json' },
      }),
    );
  }

  const fixed: Record<string, string[]> = {
    ping: ['GET'],
    'bootstrap/linux': ['GET'],
    'bootstrap/windows': ['GET'],
    'bootstrap/raw': ['GET'],
    'bootstrap/decrypt': ['POST'],
    'ovpnclient/download': ['GET'],
    permission: ['GET'],
  };
  // No trailing slashes: `/api/user/` matches nothing, like DefaultRouter(trailing_slash=False).
  const segments = rest.startsWith('/api/') ? rest.slice(5).split('/') : [];
  if (segments.length === 0 || segments.length > 2 || segments.includes('')) {
    return djangoNotFound(rest);
  }
  const joined = segments.join('/');
  const [name = '', rawId] = joined in fixed ? [joined, undefined] : segments;
  const resource = RESOURCES[name];
  const known = resource || name in fixed || name === 'config' || name === 'userprofile';
  if (!known) return djangoNotFound(rest);
  if (name in fixed && rawId !== undefined) return djangoNotFound(rest);
  if (rawId !== undefined && rawId.includes('.')) return djangoNotFound(rest);
  if (name === 'userprofile' && rawId === undefined) return djangoNotFound(rest);

  const user = requireUser(request, state);
  if (isOutcome(user)) return user;

  if (resource) return handleResource(state, resource, user, context, rawId);
  if (name === 'config') return handleConfig(state, user, context, rawId);
  if (name === 'userprofile') return handleProfile(state, user, context, rawId ?? '');

  if (name.startsWith('bootstrap/') && !isDeployer(user)) return forbidden(state);
  if (name === 'permission' && !user.is_superuser) return forbidden(state);
  const allowed = fixed[name] ?? [];
  if (!allowed.includes(method)) return methodNotAllowed(request.method, LIST_ALLOW(allowed));

  switch (name) {
    case 'ping':
      return ok(drfJson({ message: 'pong' }));
    case 'bootstrap/linux':
      return ok(attachment(bootstrapLinux(state), DOWNLOADS.linux));
    case 'bootstrap/windows':
      return ok(attachment(bootstrapWindows(state), DOWNLOADS.windows));
    case 'bootstrap/raw':
      return ok(attachment(serverOpenVpnConfig(state), DOWNLOADS.raw));
    case 'bootstrap/decrypt':
      return handleDecrypt(state, request);
    case 'ovpnclient/download':
      return ok(attachment(userOpenVpnConfig(state), DOWNLOADS.ovpn));
    default:
      return paginate(
        state.permissions.map(({ id, name: label }) => ({ id, name: label })),
        url,
      );
  }
}
