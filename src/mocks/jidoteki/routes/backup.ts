import {
  accepted,
  attachment,
  fullLog,
  httpMsg,
  jsonNoCache,
  ok,
  plainText,
  rejected,
} from '../http.ts';
import { restoreBackup, startBackup, stopBackup } from '../jobs/backup-job.ts';
import { fileField, textField } from '../params.ts';
import type { Route } from './types.ts';

export const BACKUP_ACTION_ERROR =
  "Missing or invalid option: action. Expected value 'START' or 'STOP'";

export const backupRoutes: Route[] = [
  {
    endpoint: 'backup',
    group: 'backup',
    get: ({ state }) => {
      const { status, filesize, sha256 } = state.backup;
      if (status === null) return ok(httpMsg(state, 404));
      return ok(jsonNoCache(status === 'success' ? { status, filesize, sha256 } : { status }));
    },
    post: ({ state, form, now }) => {
      const action = textField(form, 'action')?.toUpperCase();
      if (action === 'START') startBackup(state, now);
      else if (action === 'STOP') stopBackup(state, now);
      else return rejected(httpMsg(state, 400, BACKUP_ACTION_ERROR));
      return ok(accepted('backup'));
    },
  },
  {
    endpoint: 'backup/download',
    group: 'backup',
    get: ({ state }) =>
      ok(
        state.backup.archive
          ? attachment(state.backup.archive, 'backup.tar', 'application/x-tar')
          : httpMsg(state, 404),
      ),
  },
  {
    endpoint: 'backup/log',
    group: 'backup',
    get: ({ state }) =>
      ok(state.backup.log.length ? plainText(fullLog(state.backup.log)) : httpMsg(state, 404)),
  },
  {
    endpoint: 'backup/restore',
    group: 'backup',
    post: async ({ state, form, now }) => {
      const archive = await fileField(form, 'archive');
      if (!archive) return rejected(httpMsg(state, 400));
      if (!restoreBackup(state, archive, now)) {
        return rejected(httpMsg(state, 400, 'Unable to extract backup archive'));
      }
      return ok(httpMsg(state, 200));
    },
  },
];
