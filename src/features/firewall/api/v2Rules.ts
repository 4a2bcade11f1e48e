import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';

export const v2RuleSchema = z.object({
  id: z.string(),
  rule: z.string(),
  rule_resolved: z.optional(z.string()),
  table: z.optional(z.string()),
  position: z.number(),
  comment: z.optional(z.nullable(z.string())),
  disabled: z.optional(z.boolean()),
  groups: z.optional(z.array(z.string())),
});

export type V2Rule = z.infer<typeof v2RuleSchema>;

export const v2RulesSchema = z.array(v2RuleSchema);

/** GET /v2/firewall/rules: every rule (filtering happens in the page, the list is fetched once). */
export function v2RulesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.v2Rules(connectionId),
    queryFn: async ({ signal }) =>
      [
        ...(await vns3Json(
          client,
          { path: vns3Path('/v2/firewall/rules'), signal },
          v2RulesSchema,
        )),
      ].sort((a, b) => a.position - b.position),
  });
}
