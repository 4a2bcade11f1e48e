import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route, Vns3RouteContext } from '../routes.ts';
import type { SimOutcome } from '../../framework/types.ts';
import { linkJson } from './serialize.ts';
import type { Link } from './state.ts';
import { intFrom, isNonEmptyString, optionalBoolean, optionalString } from './validate.ts';

type Body = Record<string, unknown>;

const policiesText = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join('\n');
  }
  return null;
};

function withLink(
  handle: (link: Link, context: Vns3RouteContext) => SimOutcome | Promise<SimOutcome>,
) {
  return (context: Vns3RouteContext) => {
    const link = context.state.edge.links.get(Number(context.params.linkId));
    return link ? handle(link, context) : notFound('Link does not exist');
  };
}

async function bodyOf(request: Request): Promise<Body | SimOutcome> {
  const parsed = await readJsonObject(request);
  return parsed.ok ? parsed.value : parsed.outcome;
}

const isOutcome = (value: object): value is SimOutcome => 'result' in value;

function policyType(url: URL, body?: Body): 'openvpn' | 'wireguard' | null {
  const type = body?.type ?? url.searchParams.get('type') ?? 'wireguard';
  return type === 'openvpn' || type === 'wireguard' ? type : null;
}

export const linkRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/links',
    handle: ({ state }) => vns3Response([...state.edge.links.values()].map(linkJson)),
  },
  {
    method: 'POST',
    pattern: '/links',
    handle: async ({ state, request, now }) => {
      const body = await bodyOf(request);
      if (isOutcome(body)) return body;
      const { links } = state.edge;
      const id =
        body.id === undefined ? Math.max(0, ...links.keys()) + 1 : intFrom(body.id, 1, 999);
      if (id === null) return badRequest('id must be between 1 and 999');
      if (links.has(id)) return badRequest('id: a link with that id exists');
      if (!isNonEmptyString(body.name)) return badRequest('name is required');
      const fromController = isNonEmptyString(body.vns3_controller);
      if (!fromController && !isNonEmptyString(body.conf)) {
        return badRequest('conf or vns3_controller is required');
      }
      if (fromController && !isNonEmptyString(body.vns3_auth)) {
        return badRequest('vns3_auth is required with vns3_controller');
      }
      if (
        body.auth_type !== undefined &&
        body.auth_type !== 'basic' &&
        body.auth_type !== 'bearer'
      ) {
        return badRequest('auth_type must be basic or bearer');
      }
      const policies = body.policies === undefined ? '' : policiesText(body.policies);
      if (policies === null) return badRequest('policies must be a string or a list of strings');
      const conf = typeof body.conf === 'string' ? body.conf : '';
      const link: Link = {
        id,
        name: body.name,
        description: typeof body.description === 'string' ? body.description : '',
        type: conf.includes('[Interface]') || !conf ? 'wireguard' : 'openvpn',
        connected: false,
        clientpack: `100_127_255_${200 + id}`,
        clientpackIp: `100.127.255.${200 + id}`,
        endpoints: fromController ? [String(body.vns3_controller)] : [],
        policies,
        tags: [],
        lastConnect: null,
        lastDisconnect: null,
        logs: [{ at: now, line: `lnk${id}: created` }],
      };
      links.set(id, link);
      return vns3Response(linkJson(link), 201);
    },
  },
  {
    method: 'GET',
    pattern: '/links/global-policies',
    handle: ({ state, url }) => {
      const type = policyType(url);
      if (!type) return badRequest('type must be openvpn or wireguard');
      return vns3Response(state.edge.globalPolicies[type]);
    },
  },
  {
    method: 'PUT',
    pattern: '/links/global-policies',
    handle: async ({ state, request, url }) => {
      const body = await bodyOf(request);
      if (isOutcome(body)) return body;
      const type = policyType(url, body);
      if (!type) return badRequest('type must be openvpn or wireguard');
      const policies = policiesText(body.policies);
      if (policies === null)
        return badRequest('policies is required (a string or a list of strings)');
      state.edge.globalPolicies[type] = policies;
      return vns3Response(policies);
    },
  },
  {
    method: 'GET',
    pattern: '/links/:linkId',
    handle: withLink((link) => vns3Response(linkJson(link))),
  },
  {
    method: 'PUT',
    pattern: '/links/:linkId',
    handle: withLink(async (link, { request, now }) => {
      const body = await bodyOf(request);
      if (isOutcome(body)) return body;
      if (!optionalBoolean(body.connected)) return badRequest('connected must be a boolean');
      if (!optionalString(body.name) || !optionalString(body.description)) {
        return badRequest('name and description must be strings');
      }
      if (body.name !== undefined && !isNonEmptyString(body.name))
        return badRequest('name is required');
      if (body.policies !== undefined) {
        const policies = policiesText(body.policies);
        if (policies === null) return badRequest('policies must be a string or a list of strings');
        link.policies = policies;
      }
      if (typeof body.name === 'string') link.name = body.name;
      if (typeof body.description === 'string') link.description = body.description;
      if (typeof body.connected === 'boolean' && body.connected !== link.connected) {
        link.connected = body.connected;
        if (body.connected) link.lastConnect = now;
        else link.lastDisconnect = now;
        link.logs.push({
          at: now,
          line: `lnk${link.id}: ${body.connected ? 'connected' : 'disconnected'} by API`,
        });
      }
      return vns3Response(linkJson(link));
    }),
  },
  {
    method: 'DELETE',
    pattern: '/links/:linkId',
    handle: withLink((link, { state }) => {
      state.edge.links.delete(link.id);
      return vns3Response(linkJson(link));
    }),
  },
  {
    method: 'GET',
    pattern: '/links/:linkId/logs',
    handle: withLink((link, { url }) => {
      const linesParam = url.searchParams.get('lines');
      const lines = linesParam === null ? 100 : intFrom(linesParam, 1, 10_000);
      if (lines === null) return badRequest('lines must be between 1 and 10000');
      const sort = url.searchParams.get('sort') ?? 'desc';
      if (sort !== 'asc' && sort !== 'desc') return badRequest('sort must be asc or desc');
      const entries = link.logs
        .slice(-lines)
        .map((entry) => `${new Date(entry.at).toISOString()} ${entry.line}`);
      return vns3Response(sort === 'desc' ? entries.reverse() : entries);
    }),
  },
  {
    method: 'POST',
    pattern: '/links/:linkId/tags',
    handle: withLink(async (link, { request }) => {
      const body = await bodyOf(request);
      if (isOutcome(body)) return body;
      if (!isNonEmptyString(body.key) || !/^[\w.-]{1,64}$/.test(body.key)) {
        return badRequest('key must be 1–64 letters, digits, . - or _');
      }
      if (typeof body.value !== 'string') return badRequest('value is required');
      const existing = link.tags.find((tag) => tag.key === body.key);
      if (existing) existing.value = body.value;
      else link.tags.push({ key: body.key, value: body.value });
      return vns3Response(linkJson(link), existing ? 200 : 201);
    }),
  },
  {
    method: 'DELETE',
    pattern: '/links/:linkId/tags/:tagKey',
    handle: withLink((link, { params }) => {
      const before = link.tags.length;
      link.tags = link.tags.filter((tag) => tag.key !== params.tagKey);
      if (link.tags.length === before) return notFound('Tag does not exist');
      return vns3Response(linkJson(link));
    }),
  },
];
