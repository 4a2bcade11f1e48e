import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { v2RuleSchema } from './v2Rules';

export interface NewV2Rule {
  rule: string;
  comment: string;
  position: number;
  groups: string[];
  disabled: boolean;
}

/** POST /v2/firewall/rules (201 with the rule). */
export function createV2Rule(client: HttpClient, rule: NewV2Rule) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path('/v2/firewall/rules'), body: { ...rule } },
    v2RuleSchema,
  );
}

/** PUT /v2/firewall/rules/{id}: text, comment, groups or the disabled flag. */
export function updateV2Rule(
  client: HttpClient,
  id: string,
  changes: Partial<Pick<NewV2Rule, 'rule' | 'comment' | 'groups' | 'disabled'>>,
) {
  return vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path(`/v2/firewall/rules/${encodeURIComponent(id)}`),
      body: changes,
    },
    v2RuleSchema,
  );
}

/** DELETE /v2/firewall/rules/{id}. */
export async function deleteV2Rule(client: HttpClient, id: string) {
  await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`/v2/firewall/rules/${encodeURIComponent(id)}`) },
    z.unknown(),
  );
}

/** PUT /v2/firewall/actions: drops the connection-tracking table so new rules apply to live flows. */
export async function resetConnectionTracking(client: HttpClient) {
  await vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path('/v2/firewall/actions'),
      body: { action: 'reset_connection_tracking' },
    },
    z.unknown(),
  );
}
