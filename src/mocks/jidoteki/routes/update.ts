import { accepted, fullLog, httpMsg, joinLog, jsonOk, ok, plainText, rejected } from '../http.ts';
import { startUpdate } from '../jobs/update-job.ts';
import { fileField } from '../params.ts';
import type { Route } from './types.ts';

export const updateRoutes: Route[] = [
  {
    endpoint: 'update',
    group: null,
    get: ({ state }) => {
      const job = state.update;
      const body: Record<string, unknown> = { status: job.status };
      if (job.status !== null) body.percentage = job.percentage;
      body.log = joinLog(job.log);
      if (job.errorMessage !== null) body['error-message'] = job.errorMessage;
      if (job.errorCode !== null) body['error-code'] = job.errorCode;
      return ok(jsonOk(body));
    },
    post: async ({ state, form, now }) => {
      const bytes = await fileField(form, 'update');
      if (!bytes || bytes.length === 0) return rejected(httpMsg(state, 400));
      startUpdate(state, bytes, now);
      return ok(accepted('update'));
    },
  },
  {
    endpoint: 'update/log',
    group: null,
    get: ({ state }) =>
      ok(
        state.update.log.length === 0 ? httpMsg(state, 404) : plainText(fullLog(state.update.log)),
      ),
  },
];
