import { accepted, httpMsg, jsonOk, ok, rejected } from '../http.ts';
import { fileField } from '../params.ts';
import { validateSettings } from '../validation.ts';
import type { Route } from './types.ts';
import { readJsonFile } from './json-file.ts';

export const settingsRoutes: Route[] = [
  {
    endpoint: 'settings',
    group: 'settings',
    get: ({ state }) => ok(state.settings ? jsonOk(state.settings) : httpMsg(state, 404)),
    post: async ({ state, form, now }) => {
      const parsed = readJsonFile(await fileField(form, 'settings'));
      if (parsed === undefined) return rejected(httpMsg(state, 400));
      const validation = validateSettings(parsed);
      if (!validation.ok) return rejected(httpMsg(state, 400, validation.message ?? undefined));
      state.timeline.schedule(now + state.timing.jobStepMs, () => {
        state.settings = validation.value;
      });
      return ok(accepted('settings'));
    },
  },
];
