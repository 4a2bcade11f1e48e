import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { isCidr, isPortSpec, isV2Chain, ruleError } from './ruleSyntax.ts';
import type { FirewallState, V2Fwset, V2Subtable } from './state.ts';
import { resolveRule } from './v2Rules.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const FWSET_TYPES = ['net', 'list', 'service', 'port'] as const;

function serializeGroup(state: FirewallState, name: string) {
  const rules = state.v2Rules.filter((rule) => rule.groups.includes(name)).map((rule) => rule.id);
  return {
    name,
    description: state.groups.get(name)?.description ?? '',
    rules,
    size: rules.length,
  };
}

export function fwsetEntryError(type: V2Fwset['type'], entry: string): string | null {
  if (entry.trim() === '') return 'entry is required';
  if (type === 'net' && !isCidr(entry)) return `Invalid network entry: ${entry}`;
  if (type === 'port' && !isPortSpec(entry)) return `Invalid port entry: ${entry}`;
  if (type === 'service' && !/^(tcp|udp|sctp):\d{1,5}(:\d{1,5})?$/.test(entry)) {
    return `Invalid service entry (use tcp:443): ${entry}`;
  }
  if (type === 'service' && !isPortSpec(entry.slice(entry.indexOf(':') + 1))) {
    return `Invalid service entry (use tcp:443): ${entry}`;
  }
  return null;
}

function serializeFwset(name: string, set: V2Fwset) {
  return {
    name,
    type: set.type,
    description: set.description,
    size: set.entries.length,
    created_at: iso(set.createdAt),
    updated_at: iso(set.updatedAt),
    entries: set.entries.map((entry) => ({
      entry: entry.entry,
      comment: entry.comment,
      entry_resolved: entry.entry,
      last_resolved: iso(entry.createdAt),
      created_at: iso(entry.createdAt),
    })),
  };
}

function serializeSubtable(state: FirewallState, name: string, table: V2Subtable) {
  return {
    name,
    type: table.type,
    description: table.description,
    size: table.rules.length,
    created_at: iso(table.createdAt),
    updated_at: iso(table.updatedAt),
    rules: table.rules.map((rule, position) => ({
      id: rule.id,
      rule: rule.rule,
      rule_resolved: resolveRule(state, rule.rule).resolved,
      position,
      comment: rule.comment,
      disabled: rule.disabled,
      os_rules: [],
    })),
  };
}

/** Subtable rules have no chain of their own: they are checked as rules of the main table. */
function subtableRuleError(state: FirewallState, type: string, rule: string): string | null {
  const { resolved, unknown } = resolveRule(state, rule);
  if (unknown.length > 0) return `Unknown variable \${${unknown[0] ?? ''}}`;
  return ruleError(`${type.toUpperCase()} ${resolved}`, isV2Chain);
}

function parseEntries(value: unknown): { entry: string; comment: string }[] | null {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => ({ entry, comment: '' }));
  }
  if (!Array.isArray(value)) return null;
  const entries: { entry: string; comment: string }[] = [];
  for (const item of value) {
    if (typeof item === 'string') entries.push({ entry: item, comment: '' });
    else if (
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { entry?: unknown }).entry === 'string'
    ) {
      const { entry, comment } = item as { entry: string; comment?: unknown };
      entries.push({ entry, comment: typeof comment === 'string' ? comment : '' });
    } else return null;
  }
  return entries;
}

export const v2SetRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/v2/firewall/rules-groups',
    gate: 'license',
    handle: ({ state }) =>
      vns3Response(
        [...state.firewall.groups.keys()].map((name) => serializeGroup(state.firewall, name)),
      ),
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/rules-groups',
    gate: 'license',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, description, rule_ids: ruleIds } = body.value;
      if (typeof name !== 'string' || !NAME.test(name)) {
        return badRequest('name is required: letters, digits, _ or -, at most 64');
      }
      if (state.firewall.groups.has(name)) return badRequest(`Group ${name} already exists`);
      const ids = Array.isArray(ruleIds) ? ruleIds : [];
      state.firewall.groups.set(name, {
        description: typeof description === 'string' ? description : '',
      });
      for (const rule of state.firewall.v2Rules) {
        if (ids.includes(rule.id) && !rule.groups.includes(name)) rule.groups.push(name);
      }
      return vns3Response(serializeGroup(state.firewall, name), 201);
    },
  },
  {
    method: 'GET',
    pattern: '/v2/firewall/rule-groups/:name',
    gate: 'license',
    handle: ({ state, params }) =>
      state.firewall.groups.has(params.name ?? '')
        ? vns3Response(serializeGroup(state.firewall, params.name ?? ''))
        : notFound('Group not found'),
  },
  {
    method: 'DELETE',
    pattern: '/v2/firewall/rule-groups/:name',
    gate: 'license',
    handle: ({ state, params, url }) => {
      const name = params.name ?? '';
      if (!state.firewall.groups.has(name)) return notFound('Group not found');
      const group = serializeGroup(state.firewall, name);
      if (group.size > 0 && url.searchParams.get('force') !== 'true') {
        return badRequest(`Group ${name} has ${group.size} rules; delete with force=true`);
      }
      state.firewall.groups.delete(name);
      for (const rule of state.firewall.v2Rules) {
        rule.groups = rule.groups.filter((item) => item !== name);
      }
      return vns3Response(group, 202);
    },
  },
  {
    method: 'GET',
    pattern: '/v2/firewall/fwsets',
    gate: 'license',
    handle: ({ state }) =>
      vns3Response([...state.firewall.fwsets].map(([name, set]) => serializeFwset(name, set))),
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/fwsets',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, type, description, entries } = body.value;
      if (typeof name !== 'string' || !NAME.test(name)) {
        return badRequest('name is required: letters, digits, _ or -, at most 64');
      }
      if (state.firewall.fwsets.has(name)) return badRequest(`Fwset ${name} already exists`);
      const setType = FWSET_TYPES.find((item) => item === type);
      if (!setType) return badRequest('type must be one of net, list, service, port');
      const parsed = parseEntries(entries);
      if (!parsed) return badRequest('entries must be a CSV string or a list');
      for (const entry of parsed) {
        const error = fwsetEntryError(setType, entry.entry);
        if (error) return badRequest(error);
      }
      const set: V2Fwset = {
        type: setType,
        description: typeof description === 'string' ? description : '',
        entries: parsed.map((entry) => ({ ...entry, createdAt: now })),
        createdAt: now,
        updatedAt: now,
      };
      state.firewall.fwsets.set(name, set);
      return vns3Response({ ...serializeFwset(name, set), errors: [] }, 201);
    },
  },
  {
    method: 'GET',
    pattern: '/v2/firewall/fwsets/:name',
    gate: 'license',
    handle: ({ state, params }) => {
      const set = state.firewall.fwsets.get(params.name ?? '');
      return set
        ? vns3Response(serializeFwset(params.name ?? '', set))
        : notFound('Fwset not found');
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/firewall/fwsets/:name',
    gate: 'license',
    handle: ({ state, params }) => {
      const name = params.name ?? '';
      const set = state.firewall.fwsets.get(name);
      if (!set) return notFound('Fwset not found');
      state.firewall.fwsets.delete(name);
      return vns3Response(serializeFwset(name, set), 202);
    },
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/fwsets/:name/entries',
    gate: 'license',
    handle: async ({ state, params, request, now }) => {
      const name = params.name ?? '';
      const set = state.firewall.fwsets.get(name);
      if (!set) return notFound('Fwset not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { entry, comment } = body.value;
      if (typeof entry !== 'string') return badRequest('entry is required');
      const error = fwsetEntryError(set.type, entry);
      if (error) return badRequest(error);
      if (set.entries.some((item) => item.entry === entry)) {
        return badRequest(`${entry} is already in ${name}`);
      }
      set.entries.push({
        entry,
        comment: typeof comment === 'string' ? comment : '',
        createdAt: now,
      });
      set.updatedAt = now;
      return vns3Response(serializeFwset(name, set), 201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/firewall/fwsets/:name/entries',
    gate: 'license',
    handle: async ({ state, params, request, now }) => {
      const name = params.name ?? '';
      const set = state.firewall.fwsets.get(name);
      if (!set) return notFound('Fwset not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const index = set.entries.findIndex((item) => item.entry === body.value.entry);
      if (index < 0) return notFound('Entry not found');
      set.entries.splice(index, 1);
      set.updatedAt = now;
      return vns3Response(serializeFwset(name, set));
    },
  },
  {
    method: 'GET',
    pattern: '/v2/firewall/subtables',
    gate: 'license',
    handle: ({ state }) =>
      vns3Response(
        [...state.firewall.subtables].map(([name, table]) =>
          serializeSubtable(state.firewall, name, table),
        ),
      ),
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/subtables',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, type, description } = body.value;
      if (typeof name !== 'string' || !NAME.test(name)) {
        return badRequest('name is required: letters, digits, _ or -, at most 64');
      }
      if (state.firewall.subtables.has(name)) return badRequest(`Subtable ${name} already exists`);
      if (typeof type !== 'string' || !isV2Chain(type.toUpperCase())) {
        return badRequest('type must be prerouting, postrouting, forward, input or output');
      }
      const table: V2Subtable = {
        type: type.toLowerCase(),
        description: typeof description === 'string' ? description : '',
        rules: [],
        createdAt: now,
        updatedAt: now,
      };
      state.firewall.subtables.set(name, table);
      return vns3Response({ ...serializeSubtable(state.firewall, name, table), errors: [] }, 201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/firewall/subtables/:name',
    gate: 'license',
    handle: ({ state, params }) => {
      const name = params.name ?? '';
      const table = state.firewall.subtables.get(name);
      if (!table) return notFound('Subtable not found');
      state.firewall.subtables.delete(name);
      return vns3Response(serializeSubtable(state.firewall, name, table), 202);
    },
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/subtables/:name/rules',
    gate: 'license',
    handle: async ({ state, params, request, now }) => {
      const name = params.name ?? '';
      const table = state.firewall.subtables.get(name);
      if (!table) return notFound('Subtable not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rule, comment, disabled } = body.value;
      if (typeof rule !== 'string' || rule.trim() === '') return badRequest('rule is required');
      const error = subtableRuleError(state.firewall, table.type, rule);
      if (error) return badRequest(error);
      table.rules.push({
        id: state.firewall.nextSubtableRuleId++,
        rule: rule.trim(),
        comment: typeof comment === 'string' ? comment : '',
        disabled: disabled === true,
      });
      table.updatedAt = now;
      return vns3Response(serializeSubtable(state.firewall, name, table), 201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/firewall/subtables/:name/rules/:id',
    gate: 'license',
    handle: ({ state, params, now }) => {
      const name = params.name ?? '';
      const table = state.firewall.subtables.get(name);
      if (!table) return notFound('Subtable not found');
      const index = table.rules.findIndex((rule) => String(rule.id) === params.id);
      if (index < 0) return vns3Error(404, 'APINotFoundError', 'Rule not found');
      table.rules.splice(index, 1);
      table.updatedAt = now;
      return vns3Response(serializeSubtable(state.firewall, name, table), 202);
    },
  },
];
