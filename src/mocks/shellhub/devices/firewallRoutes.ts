import { empty, invalid, json, message, paginate, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import { tenantOf } from './context.ts';
import { type FirewallRule, nextId } from './model.ts';
import { parseRuleFilter, regexpProblem, tagListProblem, tagProblem } from './validate.ts';
import { ruleView } from './views.ts';

type RuleFields = Omit<FirewallRule, 'id' | 'tenantId'>;

function parseRule(body: Record<string, unknown>): RuleFields | Record<string, string> {
  const fields: Record<string, string> = {};
  const { action, active, priority } = body;
  if (action !== 'allow' && action !== 'deny') fields.action = 'must be allow or deny';
  if (typeof active !== 'boolean') fields.active = 'must be true or false';
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0) {
    fields.priority = 'must be a whole number, 0 or more';
  }
  const sourceIp = regexpProblem(body.source_ip);
  if (sourceIp) fields.source_ip = sourceIp;
  const username = regexpProblem(body.username);
  if (username) fields.username = username;
  const filter = parseRuleFilter(body.filter);
  if (!filter.ok) fields[filter.field] = filter.reason;
  if (Object.keys(fields).length > 0 || !filter.ok) return fields;
  return {
    action: action as FirewallRule['action'],
    active: active as boolean,
    priority: priority as number,
    sourceIp: body.source_ip as string,
    username: body.username as string,
    filter: filter.filter,
  };
}

const isRule = (value: RuleFields | Record<string, string>): value is RuleFields =>
  'filter' in value && typeof value.filter === 'object';

function find(context: ShellHubRouteContext): FirewallRule | undefined {
  const tenant = tenantOf(context);
  return context.state.devices.rules.find(
    (rule) => rule.tenantId === tenant && rule.id === context.params.id,
  );
}

function tagsOf(rule: FirewallRule): string[] {
  return 'tags' in rule.filter ? rule.filter.tags : [];
}

const auth = 'jwt,api-key' as const;

export const firewallRoutes: ShellHubRoute[] = [
  {
    method: 'GET',
    pattern: '/api/firewall/rules',
    auth,
    handle: (context) => {
      const tenant = tenantOf(context);
      const rules = context.state.devices.rules
        .filter((rule) => rule.tenantId === tenant)
        .sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id))
        .map(ruleView);
      return paginate(rules, context.url);
    },
  },
  {
    method: 'POST',
    pattern: '/api/firewall/rules',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const parsed = parseRule(body.value);
      if (!isRule(parsed)) return invalid(parsed);
      const rule: FirewallRule = {
        id: nextId(context.state.devices, 'rule'),
        tenantId: tenantOf(context),
        ...parsed,
      };
      context.state.devices.rules.push(rule);
      return json(ruleView(rule));
    },
  },
  {
    method: 'GET',
    pattern: '/api/firewall/rules/:id',
    auth,
    handle: (context) => {
      const rule = find(context);
      return rule ? json(ruleView(rule)) : message(404, 'firewall rule not found');
    },
  },
  {
    method: 'PUT',
    pattern: '/api/firewall/rules/:id',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const rule = find(context);
      if (!rule) return message(404, 'firewall rule not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const parsed = parseRule(body.value);
      if (!isRule(parsed)) return invalid(parsed);
      Object.assign(rule, parsed);
      return json(ruleView(rule));
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/firewall/rules/:id',
    auth,
    minRole: 'administrator',
    handle: (context) => {
      const rule = find(context);
      if (!rule) return message(404, 'firewall rule not found');
      const { devices } = context.state;
      devices.rules = devices.rules.filter((one) => one !== rule);
      return empty(200);
    },
  },
  // The seed's tag sub-routes; HEAD sets filter.tags through PUT instead.
  {
    method: 'POST',
    pattern: '/api/firewall/rules/:id/tags',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const rule = find(context);
      if (!rule) return message(404, 'firewall rule not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const problem = tagProblem(body.value.tag);
      if (problem) return invalid({ tag: problem });
      const tags = [...tagsOf(rule), body.value.tag as string];
      const listProblem = tagListProblem(tags, 1, 3);
      if (listProblem) return invalid({ tag: listProblem });
      rule.filter = { tags };
      return empty(200);
    },
  },
  {
    method: 'PUT',
    pattern: '/api/firewall/rules/:id/tags',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const rule = find(context);
      if (!rule) return message(404, 'firewall rule not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const problem = tagListProblem(body.value.tags, 1, 3);
      if (problem) return invalid({ tags: problem });
      rule.filter = { tags: [...(body.value.tags as string[])] };
      return empty(200);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/firewall/rules/:id/tags',
    auth,
    minRole: 'administrator',
    handle: async (context) => {
      const rule = find(context);
      if (!rule) return message(404, 'firewall rule not found');
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const tag = body.value.tag;
      if (typeof tag !== 'string' || !tagsOf(rule).includes(tag)) {
        return message(404, 'tag not found');
      }
      const tags = tagsOf(rule).filter((one) => one !== tag);
      if (tags.length === 0) return invalid({ tag: 'a rule filtered by tags keeps at least one' });
      rule.filter = { tags };
      return empty(200);
    },
  },
];
