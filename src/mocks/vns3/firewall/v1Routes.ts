import { badRequest, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { startTask } from '../state.ts';
import { isV1Chain, ruleError } from './ruleSyntax.ts';

/** -1 (append) or 0..count; null when invalid. */
export function insertPosition(value: unknown, count: number): number | null {
  if (value === undefined) return count;
  if (typeof value !== 'number' || !Number.isInteger(value)) return null;
  if (value === -1) return count;
  return value >= 0 && value <= count ? value : null;
}

export const v1Routes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/firewall/rules',
    gate: 'license',
    handle: ({ state }) =>
      vns3Response(state.firewall.v1Rules.map((rule, position) => [rule, position])),
  },
  {
    method: 'POST',
    pattern: '/firewall/rules',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rule, position } = body.value;
      if (typeof rule !== 'string' || rule.trim() === '') return badRequest('rule is required');
      const error = ruleError(rule, isV1Chain);
      if (error) return badRequest(error);
      const rules = state.firewall.v1Rules;
      const at = insertPosition(position, rules.length);
      if (at === null) {
        return badRequest(`position must be -1 or an integer from 0 to ${rules.length}`);
      }
      rules.splice(at, 0, rule.trim());
      return vns3Response({
        status: 'submitted',
        rule: rule.trim(),
        position: at,
        token: startTask(state, now),
      });
    },
  },
  {
    method: 'DELETE',
    pattern: '/firewall/rules',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rule } = body.value;
      if (typeof rule !== 'string' || rule === '') return badRequest('rule is required');
      const index = state.firewall.v1Rules.indexOf(rule);
      if (index < 0) return badRequest('rule not found');
      state.firewall.v1Rules.splice(index, 1);
      return vns3Response({ status: 'submitted', rule, token: startTask(state, now) });
    },
  },
  {
    method: 'DELETE',
    pattern: '/firewall/rules/:position',
    gate: 'license',
    handle: ({ state, params, now }) => {
      const rules = state.firewall.v1Rules;
      const position = /^\d+$/.test(params.position ?? '') ? Number(params.position) : -1;
      if (position < 0) return badRequest('position must be a non-negative integer');
      if (position >= rules.length) return badRequest('position exceeds the number of rules');
      const [rule] = rules.splice(position, 1);
      return vns3Response({ status: 'submitted', rule, position, token: startTask(state, now) });
    },
  },
  {
    method: 'PUT',
    pattern: '/firewall',
    gate: 'license',
    handle: async ({ state, request, now }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { rules } = body.value;
      if (typeof rules !== 'string') return badRequest('rules is required');
      const lines = rules
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      for (const line of lines) {
        const error = ruleError(line, isV1Chain);
        if (error) return badRequest(error);
      }
      state.firewall.v1Rules = lines;
      return vns3Response({ token: startTask(state, now), status: 'submitted' });
    },
  },
  {
    method: 'PUT',
    pattern: '/firewall/actions',
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
