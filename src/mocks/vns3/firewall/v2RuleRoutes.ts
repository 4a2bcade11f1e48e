import { jsonResponse } from '../../framework/http.ts';
import { badRequest, isRecord, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { FirewallState, V2Rule } from './state.ts';
import { newRuleId } from './state.ts';
import { insertPosition } from './v1Routes.ts';
import {
  type ImportedRule,
  exportPlaintext,
  filteredV2Rules,
  parseImport,
  serializeV2Rule,
  v2RuleError,
} from './v2Rules.ts';

const stringList = (value: unknown): string[] | null =>
  value === undefined
    ? []
    : Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? (value as string[])
      : null;

const GROUP_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function ensureGroups(state: FirewallState, groups: string[]) {
  for (const group of groups) {
    if (!state.groups.has(group)) state.groups.set(group, { description: '' });
  }
}

function invalidGroup(groups: string[]): string | null {
  const bad = groups.find((group) => !GROUP_NAME.test(group));
  return bad === undefined ? null : `Invalid group name: ${bad}`;
}

/** Validates every rule first, so a bad one leaves the firewall unchanged. */
function insertRules(
  state: FirewallState,
  incoming: ImportedRule[],
  position: unknown,
  defaults: { disabled: boolean; groups: string[] },
  now: number,
): { created: V2Rule[]; at: number } | string {
  const at = insertPosition(position, state.v2Rules.length);
  if (at === null) return `position must be -1 or an integer from 0 to ${state.v2Rules.length}`;
  for (const item of incoming) {
    const error = v2RuleError(state, item.rule);
    if (error) return error;
    const groupError = invalidGroup(item.groups);
    if (groupError) return groupError;
  }
  const created = incoming.map((item) => ({
    id: newRuleId(),
    rule: item.rule.trim(),
    comment: item.comment,
    groups: [...new Set([...defaults.groups, ...item.groups])],
    disabled: item.disabled ?? defaults.disabled,
    createdAt: now,
  }));
  for (const rule of created) ensureGroups(state, rule.groups);
  state.v2Rules.splice(at, 0, ...created);
  return { created, at };
}

export const v2RuleRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/v2/firewall/rules',
    gate: 'license',
    handle: ({ state, url }) =>
      vns3Response(
        filteredV2Rules(state.firewall, {
          state: url.searchParams.get('state'),
          groups: url.searchParams.get('groups'),
          tables: url.searchParams.get('tables'),
        }).map(({ rule, position }) => serializeV2Rule(state.firewall, rule, position)),
      ),
  },
  {
    method: 'POST',
    pattern: '/v2/firewall/rules',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rule, rules, comment, position, groups, disabled } = body.value;
      const texts = typeof rule === 'string' ? [rule] : stringList(rules);
      if (!texts || texts.length === 0) return badRequest('rule or rules is required');
      const groupList = stringList(groups);
      if (!groupList) return badRequest('groups must be a list of names');
      if (comment !== undefined && typeof comment !== 'string') {
        return badRequest('comment must be a string');
      }
      if (disabled !== undefined && typeof disabled !== 'boolean') {
        return badRequest('disabled must be a boolean');
      }
      const result = insertRules(
        state.firewall,
        texts.map((text) => ({ rule: text, comment: comment ?? '', groups: [] })),
        position,
        { disabled: disabled ?? false, groups: groupList },
        now,
      );
      if (typeof result === 'string') return badRequest(result);
      const serialized = result.created.map((item, index) =>
        serializeV2Rule(state.firewall, item, result.at + index),
      );
      return vns3Response(serialized.length === 1 ? serialized[0] : serialized, 201);
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/firewall/rules/import',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rules, position, disabled, groups } = body.value;
      if (typeof rules !== 'string' || rules.trim() === '') return badRequest('rules is required');
      const groupList = stringList(groups);
      if (!groupList) return badRequest('groups must be a list of names');
      const parsed = parseImport(rules);
      if (typeof parsed === 'string') return badRequest(parsed);
      if (parsed.length === 0) return badRequest('rules holds no rule');
      const result = insertRules(
        state.firewall,
        parsed,
        position,
        { disabled: disabled === true, groups: groupList },
        now,
      );
      if (typeof result === 'string') return badRequest(result);
      return vns3Response({
        rules: result.created.map((item, index) =>
          serializeV2Rule(state.firewall, item, result.at + index),
        ),
        errors: [],
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/firewall/rules/export',
    gate: 'license',
    handle: ({ state, url }) => {
      const type = url.searchParams.get('type') ?? 'plaintext';
      if (type !== 'plaintext' && type !== 'json') {
        return badRequest('type must be plaintext or json');
      }
      const group = url.searchParams.get('group');
      const rules = filteredV2Rules(state.firewall, {
        groups: group,
        tables: url.searchParams.get('tables'),
      });
      if (type === 'json') {
        return {
          result: jsonResponse(
            rules.map(({ rule, position }) => serializeV2Rule(state.firewall, rule, position)),
            200,
            { 'Content-Disposition': 'attachment; filename="firewall-rules.json"' },
          ),
        };
      }
      return {
        result: new Response(exportPlaintext(rules.map(({ rule }) => rule)), {
          status: 200,
          headers: {
            'Content-Type': 'text/plain; charset=utf-8',
            'Content-Disposition': 'attachment; filename="firewall-rules.txt"',
          },
        }),
      };
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/firewall/rules',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rules } = body.value;
      if (!Array.isArray(rules)) return badRequest('rules must be a list of rule objects');
      const incoming: ImportedRule[] = [];
      for (const item of rules) {
        if (!isRecord(item) || typeof item.rule !== 'string') {
          return badRequest('Each rule needs a rule string');
        }
        const groups = stringList(item.groups);
        if (!groups) return badRequest('groups must be a list of names');
        incoming.push({
          rule: item.rule,
          comment: typeof item.comment === 'string' ? item.comment : '',
          groups,
          disabled: item.disabled === true,
        });
      }
      const previous = state.firewall.v2Rules;
      state.firewall.v2Rules = [];
      const result = insertRules(
        state.firewall,
        incoming,
        -1,
        { disabled: false, groups: [] },
        now,
      );
      if (typeof result === 'string') {
        state.firewall.v2Rules = previous;
        return badRequest(result);
      }
      return vns3Response({
        rules: result.created.map((item, index) => serializeV2Rule(state.firewall, item, index)),
        errors: [],
      });
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/firewall/rules/:id',
    gate: 'license',
    handle: async ({ state, request, params }) => {
      const index = state.firewall.v2Rules.findIndex((rule) => rule.id === params.id);
      const current = state.firewall.v2Rules[index];
      if (!current) return notFound('Rule not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rule, comment, groups, disabled } = body.value;
      if (rule !== undefined) {
        if (typeof rule !== 'string') return badRequest('rule must be a string');
        const error = v2RuleError(state.firewall, rule);
        if (error) return badRequest(error);
      }
      if (comment !== undefined && typeof comment !== 'string') {
        return badRequest('comment must be a string');
      }
      if (disabled !== undefined && typeof disabled !== 'boolean') {
        return badRequest('disabled must be a boolean');
      }
      const groupList = groups === undefined ? current.groups : stringList(groups);
      if (!groupList) return badRequest('groups must be a list of names');
      const groupError = invalidGroup(groupList);
      if (groupError) return badRequest(groupError);
      if (typeof rule === 'string') current.rule = rule.trim();
      if (typeof comment === 'string') current.comment = comment;
      if (typeof disabled === 'boolean') current.disabled = disabled;
      current.groups = groupList;
      ensureGroups(state.firewall, groupList);
      return vns3Response(serializeV2Rule(state.firewall, current, index));
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/firewall/rules/:id',
    gate: 'license',
    handle: ({ state, params }) => {
      const index = state.firewall.v2Rules.findIndex((rule) => rule.id === params.id);
      const [removed] = index < 0 ? [] : state.firewall.v2Rules.splice(index, 1);
      if (!removed) return notFound('Rule not found');
      return vns3Response(serializeV2Rule(state.firewall, removed, index));
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/firewall/actions',
    gate: 'license',
    handle: async ({ request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (body.value.action !== 'reset_connection_tracking') {
        return badRequest('action must be reset_connection_tracking');
      }
      return vns3Response({ status: 'Connection tracking reset' });
    },
  },
];
