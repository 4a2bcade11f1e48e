import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { fetchShellHubPage } from '@/api/shellhub/shdevices';
import { deviceFilterChecks, deviceFilterFields, filterBody, regexpField } from './filterRules';
import { shKeys } from './keys';
import { type FirewallRule, firewallRuleSchema } from './schemas';

/** Rules are few; one page of 100 holds them, ordered by priority. */
const PER_PAGE = 100;

/** GET /api/firewall/rules, sorted by priority (the server's order is not relied on). */
export function rulesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: shKeys.rules(connectionId),
    queryFn: async ({ signal }) => {
      const page = await fetchShellHubPage(
        client,
        '/api/firewall/rules',
        { page: '1', per_page: String(PER_PAGE) },
        firewallRuleSchema,
        signal,
      );
      return { ...page, items: [...page.items].sort((a, b) => a.priority - b.priority) };
    },
  });
}

/** GET /api/firewall/rules/{id}: the rule as it is now, for editing. */
export function ruleQuery(connectionId: string, client: HttpClient, id: string) {
  return queryOptions({
    queryKey: shKeys.rule(connectionId, id),
    queryFn: ({ signal }) =>
      client.json(
        { path: `/api/firewall/rules/${encodeURIComponent(id)}`, signal },
        firewallRuleSchema,
      ),
  });
}

export const ruleFormSchema = z
  .object({
    action: z.enum(['allow', 'deny']),
    active: z.boolean(),
    priority: z
      .string()
      .check(
        z.regex(/^\d+$/, 'Enter a whole number, 0 or more'),
        z.maxLength(9, 'At most 9 digits'),
      ),
    source_ip: regexpField('the source IP'),
    username: regexpField('the username'),
    ...deviceFilterFields,
  })
  .check(...deviceFilterChecks);

export type RuleFormValues = z.infer<typeof ruleFormSchema>;

export function ruleBody(values: RuleFormValues) {
  return {
    action: values.action,
    active: values.active,
    priority: Number(values.priority),
    source_ip: values.source_ip,
    username: values.username,
    filter: filterBody(values),
  };
}

/** POST /api/firewall/rules, or PUT /api/firewall/rules/{id} when editing. */
export function saveRule(client: HttpClient, values: RuleFormValues, id?: string) {
  return client.json(
    id
      ? {
          method: 'PUT',
          path: `/api/firewall/rules/${encodeURIComponent(id)}`,
          body: ruleBody(values),
        }
      : { method: 'POST', path: '/api/firewall/rules', body: ruleBody(values) },
    firewallRuleSchema,
  );
}

/** Reorder: PUT the rule with another priority (the whole body is required). */
export function setRulePriority(client: HttpClient, rule: FirewallRule, priority: number) {
  const filter = rule.filter.tags?.length
    ? { tags: rule.filter.tags }
    : { hostname: rule.filter.hostname ?? '.*' };
  return client.send({
    method: 'PUT',
    path: `/api/firewall/rules/${encodeURIComponent(rule.id)}`,
    body: {
      action: rule.action,
      active: rule.active,
      priority,
      source_ip: rule.source_ip,
      username: rule.username,
      filter,
    },
  });
}

/** DELETE /api/firewall/rules/{id}. */
export async function deleteRule(client: HttpClient, id: string) {
  await client.send({ method: 'DELETE', path: `/api/firewall/rules/${encodeURIComponent(id)}` });
}

const ruleTagsPath = (id: string) => `/api/firewall/rules/${encodeURIComponent(id)}/tags`;

/** POST /api/firewall/rules/{id}/tags {tag} (the seed's tag sub-route). */
export async function addRuleTag(client: HttpClient, id: string, tag: string) {
  await client.send({ method: 'POST', path: ruleTagsPath(id), body: { tag } });
}

/** PUT /api/firewall/rules/{id}/tags {tags}: replaces the rule's tags. */
export async function setRuleTags(client: HttpClient, id: string, tags: string[]) {
  await client.send({ method: 'PUT', path: ruleTagsPath(id), body: { tags } });
}

/** DELETE /api/firewall/rules/{id}/tags {tag} (the seed's tag sub-route). */
export async function removeRuleTag(client: HttpClient, id: string, tag: string) {
  await client.send({
    method: 'DELETE',
    path: ruleTagsPath(id),
    body: { tag },
  });
}
