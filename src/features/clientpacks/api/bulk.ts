import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { waitForVns3Task } from '@/api/vns3/tasks';
import { updateClientpack } from './mutations';

/** What PUT /clientpacks can set on every pack at once. */
export type AllPacksChange =
  { enabled: boolean } | { checked_out: boolean } | { compression: 'on' | 'off' };

/**
 * PUT /clientpacks with `async: true`: a controller with thousands of packs would block the
 * request, so it runs as a task that is polled until it finishes.
 */
export async function updateAllClientpacks(client: HttpClient, change: AllPacksChange) {
  const result = await vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/clientpacks'), body: { ...change, async: true } },
    z.union([
      z.object({ token: z.string(), status: z.optional(z.string()) }),
      z.object({ enabled: z.optional(z.boolean()), checked_out: z.optional(z.boolean()) }),
    ]),
  );
  if ('token' in result) await waitForVns3Task(client, result.token, { intervalMs: 300 });
}

export type SelectedChange = { enabled: boolean } | { checked_out: boolean };

/**
 * The API has no call for "these packs": one PUT /clientpack per name, one at a time so a large
 * selection does not flood the controller. Stops at the first failure, saying how far it got.
 */
export async function updateSelectedClientpacks(
  client: HttpClient,
  names: readonly string[],
  change: SelectedChange,
): Promise<number> {
  let done = 0;
  for (const name of names) {
    try {
      await updateClientpack(client, name, change);
    } catch (error) {
      throw new PartialBulkError(done, names.length, name, error);
    }
    done += 1;
  }
  return done;
}

export class PartialBulkError extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
    readonly failedOn: string,
    readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${done} of ${total} packs were changed; ${failedOn} failed: ${reason}`);
    this.name = 'PartialBulkError';
  }
}
