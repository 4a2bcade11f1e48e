import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { vns3Json, vns3Path } from './envelope';

export const taskTokenSchema = z.object({ token: z.string(), status: z.optional(z.string()) });

const taskStatusSchema = z.object({ task_status: z.string() });

export class Vns3TaskFailedError extends Error {
  constructor(readonly taskStatus: string) {
    super(`The controller reports the task as ${taskStatus}`);
    this.name = 'Vns3TaskFailedError';
  }
}

/** Polls `GET /status/task?token=` until the task finishes; throws if it did not finish ok. */
export async function waitForVns3Task(
  client: HttpClient,
  token: string,
  { signal, intervalMs = 500 }: { signal?: AbortSignal; intervalMs?: number } = {},
): Promise<void> {
  for (;;) {
    const { task_status: status } = await vns3Json(
      client,
      { path: vns3Path('/status/task'), query: { token }, signal },
      taskStatusSchema,
    );
    if (status === 'finished_ok') return;
    if (status !== 'pending' && status !== 'running') throw new Vns3TaskFailedError(status);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, intervalMs);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        },
        { once: true },
      );
    });
  }
}
