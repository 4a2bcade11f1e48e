import { empty, invalid, json, message, paginate, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { tenantOf } from './context.ts';
import { parseFilter } from './filter.ts';
import type { PublicKey, RuleFilter } from './model.ts';
import { fingerprintOf } from './publicKeyData.ts';
import { parseRuleFilter, regexpProblem, tagListProblem, tagProblem } from './validate.ts';
import { publicKeyView } from './views.ts';

function find(context: ShellHubRouteContext): PublicKey | undefined {
  const tenant = tenantOf(context);
  return context.state.devices.publicKeys.find(
    (key) => key.tenantId === tenant && key.fingerprint === context.params.fingerprint,
  );
}

function nameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'is required';
  return name.length > 64 ? 'must be at most 64 characters' : null;
}

type Editable = { name: string; username: string; filter: RuleFilter };

function parseEditable(body: Record<string, unknown>): Editable | Record<string, string> {
  const fields: Record<string, string> = {};
  const name = nameProblem(body.name);
  if (name) fields.name = name;
  const username = regexpProblem(body.username);
  if (username) fields.username = username;
  const filter = parseRuleFilter(body.filter);
  if (!filter.ok) fields[filter.field] = filter.reason;
  if (!filter.ok || Object.keys(fields).length > 0) return fields;
  return { name: body.name as string, username: body.username as string, filter: filter.filter };
}

const isEditable = (value: Editable | Record<string, string>): value is Editable =>
  typeof value.filter === 'object';

function tagsOf(key: PublicKey): string[] {
  return 'tags' in key.filter ? key.filter.tags : [];
}

const auth = 'jwt,api-key' as const;
const base = '/api/sshkeys/public-keys';

export const keyRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: base,
    auth,
    handle: (context) => {
      const predicate = parseFilter(context.url.searchParams.get('filter'));
      if (typeof predicate === 'string') return invalid({ filter: predicate });
      const tenant = tenantOf(context);
      const keys = context.state.devices.publicKeys
        .filter((key) => key.tenantId === tenant)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map(publicKeyView)
        .filter((view) => predicate(view));
      return paginate(keys, context.url);
    },
  },
  {
    method: 'POST',
    pattern: base,
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const parsed = parseEditable(body.value);
      const fields = isEditable(parsed) ? {} : { ...parsed };
      const { data } = body.value;
      const line =
        typeof data === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(data)
          ? Buffer.from(data, 'base64').toString('utf8')
          : '';
      const fingerprint = fingerprintOf(line);
      if (!fingerprint) fields.data = 'is not a base64-encoded SSH public key';
      if (!isEditable(parsed) || !fingerprint || typeof data !== 'string') return invalid(fields);
      const tenant = tenantOf(context);
      if (
        context.state.devices.publicKeys.some(
          (key) => key.tenantId === tenant && key.fingerprint === fingerprint,
        )
      ) {
        return message(409, 'public key already exists');
      }
      const key: PublicKey = {
        fingerprint,
        tenantId: tenant,
        data,
        createdAt: context.now,
        ...parsed,
      };
      context.state.devices.publicKeys.push(key);
      return json(publicKeyView(key));
    },
  },
  {
    method: 'PUT',
    pattern: `${base}/:fingerprint`,
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const key = find(context);
      if (!key) return message(404, 'public key not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const parsed = parseEditable(body.value);
      if (!isEditable(parsed)) return invalid(parsed);
      Object.assign(key, parsed);
      return json(publicKeyView(key));
    },
  },
  {
    method: 'DELETE',
    pattern: `${base}/:fingerprint`,
    auth,
    minRole: 'administrator',
    handle: (context) => {
      const key = find(context);
      if (!key) return message(404, 'public key not found');
      const { devices } = context.state;
      devices.publicKeys = devices.publicKeys.filter((one) => one !== key);
      return empty(200);
    },
  },
  // The seed's tag sub-routes; HEAD sets filter.tags through PUT instead.
  {
    method: 'POST',
    pattern: `${base}/:fingerprint/tags`,
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const key = find(context);
      if (!key) return message(404, 'public key not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const problem = tagProblem(body.value.tag);
      if (problem) return invalid({ tag: problem });
      const tags = [...tagsOf(key), body.value.tag as string];
      const listProblem = tagListProblem(tags, 1, 3);
      if (listProblem) return invalid({ tag: listProblem });
      key.filter = { tags };
      return empty(200);
    },
  },
  {
    method: 'PUT',
    pattern: `${base}/:fingerprint/tags`,
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const key = find(context);
      if (!key) return message(404, 'public key not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const problem = tagListProblem(body.value.tags, 1, 3);
      if (problem) return invalid({ tags: problem });
      key.filter = { tags: [...(body.value.tags as string[])] };
      return empty(200);
    },
  },
  {
    method: 'DELETE',
    pattern: `${base}/:fingerprint/tags/:tag`,
    auth,
    minRole: 'administrator',
    handle: (context) => {
      const key = find(context);
      if (!key) return message(404, 'public key not found');
      const tag = context.params.tag ?? '';
      if (!tagsOf(key).includes(tag)) return message(404, 'tag not found');
      const tags = tagsOf(key).filter((one) => one !== tag);
      if (tags.length === 0) return invalid({ tag: 'a key filtered by tags keeps at least one' });
      key.filter = { tags };
      return empty(200);
    },
  },
];
