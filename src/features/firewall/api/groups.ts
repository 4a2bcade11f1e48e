import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';

/** The seed lists and creates groups under `rules-groups` but addresses one under `rule-groups`. */
const GROUPS_PATH = '/v2/firewall/rules-groups';
const groupPath = (name: string) => `/v2/firewall/rule-groups/${encodeURIComponent(name)}`;

const groupSchema = z.object({
  name: z.string(),
  description: z.optional(z.nullable(z.string())),
  rules: z.optional(z.array(z.string())),
  size: z.optional(z.number()),
});

export type RuleGroup = z.infer<typeof groupSchema>;

export function groupsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.groups(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(GROUPS_PATH), signal }, z.array(groupSchema)),
  });
}

export const groupNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Enter a name'),
    z.maxLength(64, 'At most 64 characters'),
    z.regex(/^[A-Za-z0-9_-]*$/, 'Use letters, digits, _ or -'),
  );

export function createGroup(client: HttpClient, group: { name: string; description: string }) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path(GROUPS_PATH), body: { ...group, rule_ids: [] } },
    groupSchema,
  );
}

/** DELETE …/rule-groups/{name}?force=true: its rules stay, they only leave the group. */
export async function deleteGroup(client: HttpClient, name: string) {
  await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(groupPath(name)), query: { force: 'true' } },
    z.unknown(),
  );
}

/** PUT …/rule-groups/{name}: the name is the id, so a rename changes the group's URI. */
export function updateGroup(
  client: HttpClient,
  name: string,
  group: { name: string; description: string },
) {
  return vns3Json(
    client,
    { method: 'PUT', path: vns3Path(groupPath(name)), body: { ...group } },
    groupSchema,
  );
}

/** POST …/rule-groups/{name}/rules: adds one existing rule by its id. */
export function addRuleToGroup(client: HttpClient, name: string, ruleId: string) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path(`${groupPath(name)}/rules`), body: { rule_id: ruleId } },
    groupSchema,
  );
}

/** A group or fwset name for a rename: valid, and not another existing one's. */
/** A group's or set's description, as the controller stores it. */
export const descriptionSchema = z.string().check(z.maxLength(255, 'At most 255 characters'));

export function renameSchema(taken: readonly string[]) {
  return groupNameSchema.check(
    z.refine((name) => !taken.includes(name), {
      error: (issue) => `${String(issue.input)} already exists`,
    }),
  );
}

/** GET …/rule-groups/{name}: one group, read fresh when an edit starts. */
export function groupQuery(connectionId: string, client: HttpClient, name: string) {
  return queryOptions({
    queryKey: firewallKeys.group(connectionId, name),
    queryFn: ({ signal }) =>
      vns3Json(client, { path: vns3Path(groupPath(name)), signal }, groupSchema),
  });
}
