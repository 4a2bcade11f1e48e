import { accepted, httpMsg, jsonNoCache, ok, rejected } from '../http.ts';
import { fileField } from '../params.ts';
import { validateStorage } from '../validation.ts';
import { readJsonFile } from './json-file.ts';
import type { Route } from './types.ts';

export const storageRoutes: Route[] = [
  {
    endpoint: 'storage',
    group: 'storage',
    get: ({ state }) =>
      ok(
        state.storage
          ? jsonNoCache({ storage: state.storage, options: state.storageOptions })
          : httpMsg(state, 404),
      ),
    post: async ({ state, form, now }) => {
      const parsed = readJsonFile(await fileField(form, 'settings'));
      if (parsed === undefined) return rejected(httpMsg(state, 400));
      const validation = validateStorage(parsed, state.storageOptions);
      if (!validation.ok) return rejected(httpMsg(state, 400, validation.message ?? undefined));
      state.timeline.schedule(now + state.timing.jobStepMs, () => {
        state.storage = validation.value;
      });
      return ok(accepted('storage'));
    },
  },
];
