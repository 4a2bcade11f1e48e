import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import {
  NAME,
  fwsetEntryError,
  parseEntries,
  serializeFwset,
  serializeGroup,
  serializeSubtable,
  parseSubtableRules,
} from './v2Sets.ts';

const NAME_MESSAGE = 'name must be letters, digits, _ or -, at most 64';

/** Edits of v2 groups, fwsets and subtables: renames (the name is the URI), replaces, adds. */
export const v2EditRoutes: Vns3Route[] = [
  {
    method: 'PUT',
    pattern: '/v2/firewall/rule-groups/:name',
    gate: 'license',
    handle: async ({ state, params, request }) => {
      const current = params.name ?? '';
      const group = state.firewall.groups.get(current);
      if (!group) return notFound('group does not exist');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, description, rule_ids: ruleIds } = body.value;
      if (name !== undefined && (typeof name !== 'string' || !NAME.test(name))) {
        return badRequest(NAME_MESSAGE);
      }
      const next = typeof name === 'string' ? name : current;
      if (next !== current && state.firewall.groups.has(next)) {
        return badRequest(`Group with name ${next} already exists`, 'APIBadRequestError');
      }
      if (description !== undefined && typeof description !== 'string') {
        return badRequest('description must be a string');
      }
      if (
        ruleIds !== undefined &&
        (!Array.isArray(ruleIds) || !ruleIds.every((id) => typeof id === 'string'))
      ) {
        return badRequest('rule_ids must be a list of rule ids');
      }
      const unknown = (ruleIds as string[] | undefined)?.find(
        (id) => !state.firewall.v2Rules.some((rule) => rule.id === id),
      );
      if (unknown !== undefined) return badRequest(`Rule ${unknown} does not exist`);
      state.firewall.groups.delete(current);
      state.firewall.groups.set(next, {
        description: typeof description === 'string' ? description : group.description,
      });
      for (const rule of state.firewall.v2Rules) {
        const member =
          ruleIds === undefined ? rule.groups.includes(current) : ruleIds.includes(rule.id);
        rule.groups = rule.groups.filter((item) => item !== current && item !== next);
        if (member) rule.groups.push(next);
      }
      return vns3Response(serializeGroup(state.firewall, next));
    },
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/rule-groups/:name/rules',
    gate: 'license',
    handle: async ({ state, params, request }) => {
      const name = params.name ?? '';
      if (!state.firewall.groups.has(name)) return notFound('group does not exist');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rule_id: ruleId } = body.value;
      if (typeof ruleId !== 'string' || ruleId === '') return badRequest('rule_id is required');
      const rule = state.firewall.v2Rules.find((item) => item.id === ruleId);
      if (!rule) return notFound(`Rule ${ruleId} does not exist`);
      if (rule.groups.includes(name)) return vns3Response(serializeGroup(state.firewall, name));
      rule.groups.push(name);
      return vns3Response(serializeGroup(state.firewall, name), 201);
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/firewall/fwsets/:name',
    gate: 'license',
    handle: async ({ state, params, request, now }) => {
      const current = params.name ?? '';
      const set = state.firewall.fwsets.get(current);
      if (!set) return notFound('Fwset not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, description, entries } = body.value;
      if (name !== undefined && (typeof name !== 'string' || !NAME.test(name))) {
        return badRequest(NAME_MESSAGE);
      }
      const next = typeof name === 'string' ? name : current;
      if (next !== current && state.firewall.fwsets.has(next)) {
        return badRequest(`Fwset ${next} already exists`);
      }
      if (description !== undefined && typeof description !== 'string') {
        return badRequest('description must be a string');
      }
      const parsed = entries === undefined ? undefined : parseEntries(entries);
      if (parsed === null) return badRequest('entries must be a list');
      for (const entry of parsed ?? []) {
        const error = fwsetEntryError(set.type, entry.entry);
        if (error) return badRequest(error);
      }
      if (new Set(parsed?.map((entry) => entry.entry)).size !== (parsed?.length ?? 0)) {
        return badRequest('entries must not repeat');
      }
      if (typeof description === 'string') set.description = description;
      if (parsed) {
        const previous = new Map(set.entries.map((entry) => [entry.entry, entry.createdAt]));
        set.entries = parsed.map((entry) => ({
          ...entry,
          createdAt: previous.get(entry.entry) ?? now,
        }));
      }
      set.updatedAt = now;
      state.firewall.fwsets.delete(current);
      state.firewall.fwsets.set(next, set);
      return vns3Response({ ...serializeFwset(next, set), errors: [] });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/firewall/subtables/:name',
    gate: 'license',
    handle: ({ state, params }) => {
      const table = state.firewall.subtables.get(params.name ?? '');
      return table
        ? vns3Response(serializeSubtable(state.firewall, params.name ?? '', table))
        : notFound('Subtable not found');
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/firewall/subtables/:name',
    gate: 'license',
    handle: async ({ state, params, request, now }) => {
      const name = params.name ?? '';
      const table = state.firewall.subtables.get(name);
      if (!table) return notFound('Subtable not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { description, rules } = body.value;
      if (description !== undefined && typeof description !== 'string') {
        return badRequest('description must be a string');
      }
      const parsed =
        rules === undefined ? undefined : parseSubtableRules(state.firewall, table.type, rules);
      if (typeof parsed === 'string') return badRequest(parsed);
      if (typeof description === 'string') table.description = description;
      if (parsed) {
        table.rules = parsed.map((rule) => ({ ...rule, id: state.firewall.nextSubtableRuleId++ }));
      }
      table.updatedAt = now;
      return vns3Response({ ...serializeSubtable(state.firewall, name, table), errors: [] });
    },
  },
];
