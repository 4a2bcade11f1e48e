import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { taskTokenSchema, waitForVns3Task } from '@/api/vns3/tasks';

const submittedSchema = z.object({ token: z.optional(z.string()) });

async function settle(client: HttpClient, token: string | undefined) {
  if (token) await waitForVns3Task(client, token, { intervalMs: 300 });
}

/** POST /firewall/rules: inserts at a 0-based position (-1 appends), then waits for the task. */
export async function insertV1Rule(client: HttpClient, rule: string, position: number) {
  const { token } = await vns3Json(
    client,
    { method: 'POST', path: vns3Path('/firewall/rules'), body: { rule, position } },
    submittedSchema,
  );
  await settle(client, token);
}

/** DELETE /firewall/rules/{position}: later rules shift up. */
export async function deleteV1Rule(client: HttpClient, position: number) {
  const { token } = await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`/firewall/rules/${position}`) },
    submittedSchema,
  );
  await settle(client, token);
}

/**
 * PUT /firewall: replaces the whole ordered list in one request. Reordering uses it because
 * delete-then-insert would leave the firewall without the rule between the two calls.
 */
export async function replaceV1Rules(client: HttpClient, rules: readonly string[]) {
  const { token } = await vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/firewall'), body: { rules: rules.join('\n') } },
    taskTokenSchema,
  );
  await settle(client, token);
}

/** The list with the rule at `from` moved to `to`. */
export function moveRule(rules: readonly string[], from: number, to: number): string[] {
  const next = [...rules];
  const [rule] = next.splice(from, 1);
  if (rule === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, rule);
  return next;
}

/** DELETE /firewall/rules with `{rule}`: removes the rule whose text matches exactly. */
export async function deleteV1RuleByText(client: HttpClient, rule: string) {
  const { token } = await vns3Json(
    client,
    { method: 'DELETE', path: vns3Path('/firewall/rules'), body: { rule } },
    submittedSchema,
  );
  await settle(client, token);
}

/** PUT /firewall/actions: drops connection tracking so changed rules apply to live flows. */
export async function resetV1ConnectionTracking(client: HttpClient) {
  await vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path('/firewall/actions'),
      body: { action: 'reset_connection_tracking' },
    },
    z.unknown(),
  );
}
