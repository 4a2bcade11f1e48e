import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';

export type BackupAction = 'START' | 'STOP';

const acceptedSchema = z.looseObject({ Status: z.string() });

/** POST /backup with `action`: START a backup, or STOP a running one / delete the finished one. */
export function postBackupAction(client: HttpClient, action: BackupAction, signal?: AbortSignal) {
  const body = new FormData();
  body.append('action', action);
  return client.json(
    { method: 'POST', path: jidotekiPath('backup'), body, signal },
    acceptedSchema,
  );
}
