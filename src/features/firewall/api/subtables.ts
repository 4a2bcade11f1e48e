import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';
import { v2RuleMessage } from './ruleSyntax';

const subtableSchema = z.object({
  name: z.string(),
  type: z.string(),
  description: z.optional(z.nullable(z.string())),
  rules: z.array(
    z.object({
      id: z.number(),
      rule: z.string(),
      rule_resolved: z.optional(z.string()),
      comment: z.optional(z.nullable(z.string())),
      disabled: z.optional(z.boolean()),
    }),
  ),
});

export type Subtable = z.infer<typeof subtableSchema>;

/** GET /v2/firewall/subtables: named tables the main tables jump to. */
export function subtablesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.subtables(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        { path: vns3Path('/v2/firewall/subtables'), signal },
        z.array(subtableSchema),
      ),
  });
}

export const SUBTABLE_TYPES = ['prerouting', 'postrouting', 'forward', 'input', 'output'] as const;

const subtablePath = (name: string) => `/v2/firewall/subtables/${encodeURIComponent(name)}`;

/** A subtable rule has no chain: it is checked as a rule of the subtable's main table. */
export function subtableRuleMessage(
  type: string,
  rule: string,
  variables: ReadonlyMap<string, string>,
): string | null {
  if (rule.trim() === '') return 'Enter a rule';
  return v2RuleMessage(`${type.toUpperCase()} ${rule.trim()}`, variables);
}

export function createSubtable(
  client: HttpClient,
  table: { name: string; type: string; description: string },
) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path('/v2/firewall/subtables'), body: { ...table, rules: [] } },
    subtableSchema,
  );
}

/** DELETE …/subtables/{name}?force=true: also when a main-table rule still jumps to it. */
export async function deleteSubtable(client: HttpClient, name: string) {
  await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(subtablePath(name)), query: { force: 'true' } },
    z.unknown(),
  );
}

export function addSubtableRule(
  client: HttpClient,
  name: string,
  rule: { rule: string; comment: string },
) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path(`${subtablePath(name)}/rules`), body: { ...rule } },
    subtableSchema,
  );
}

export async function deleteSubtableRule(client: HttpClient, name: string, id: number) {
  await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`${subtablePath(name)}/rules/${id}`) },
    z.unknown(),
  );
}

/** GET /v2/firewall/subtables/{name}: the current rules, read fresh when an edit starts. */
export function subtableQuery(connectionId: string, client: HttpClient, name: string) {
  return queryOptions({
    queryKey: firewallKeys.subtable(connectionId, name),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(subtablePath(name)), signal }, subtableSchema),
  });
}

export interface SubtableRuleInput {
  rule: string;
  comment: string;
  disabled: boolean;
}

/** PUT /v2/firewall/subtables/{name}: replaces the description and every rule, in order. */
export function updateSubtable(
  client: HttpClient,
  name: string,
  table: { description: string; rules: readonly SubtableRuleInput[] },
) {
  return vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path(subtablePath(name)),
      body: {
        description: table.description,
        rules: table.rules.map((rule, position) => ({ ...rule, position })),
      },
    },
    subtableSchema,
  );
}
