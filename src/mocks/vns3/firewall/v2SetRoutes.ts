import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { isV2Chain } from './ruleSyntax.ts';
import { insertPosition } from './v1Routes.ts';
import type { V2Fwset, V2Subtable } from './state.ts';
import {
  FWSET_TYPES,
  NAME,
  fwsetEntryError,
  parseEntries,
  parseSubtableRules,
  serializeFwset,
  serializeGroup,
  serializeSubtable,
  subtableRuleError,
} from './v2Sets.ts';

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
      const { name, type, description, rules } = body.value;
      if (typeof name !== 'string' || !NAME.test(name)) {
        return badRequest('name is required: letters, digits, _ or -, at most 64');
      }
      if (state.firewall.subtables.has(name)) return badRequest(`Subtable ${name} already exists`);
      if (typeof type !== 'string' || !isV2Chain(type.toUpperCase())) {
        return badRequest('type must be prerouting, postrouting, forward, input or output');
      }
      const parsed =
        rules === undefined ? [] : parseSubtableRules(state.firewall, type.toLowerCase(), rules);
      if (typeof parsed === 'string') return badRequest(parsed);
      const table: V2Subtable = {
        type: type.toLowerCase(),
        description: typeof description === 'string' ? description : '',
        rules: parsed.map((rule) => ({ ...rule, id: state.firewall.nextSubtableRuleId++ })),
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
      const { rule, comment, disabled, position } = body.value;
      if (typeof rule !== 'string' || rule.trim() === '') return badRequest('rule is required');
      const error = subtableRuleError(state.firewall, table.type, rule);
      if (error) return badRequest(error);
      const at = insertPosition(position, table.rules.length);
      if (at === null) {
        return badRequest(`position must be -1 or an integer from 0 to ${table.rules.length}`);
      }
      table.rules.splice(at, 0, {
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
