import { DROP_CONNECTION, sleep } from '../../framework/http.ts';
import { isAuthenticated } from '../auth.ts';
import { httpMsg, ok, rejected } from '../http.ts';
import { textField } from '../params.ts';
import { validateNewToken } from '../validation.ts';
import type { Route } from './types.ts';

export const setupRoutes: Route[] = [
  {
    endpoint: 'setup',
    group: null,
    selfAuthenticated: true,
    get: ({ state }) => {
      state.droppedConnections += 1;
      return { result: DROP_CONNECTION };
    },
    post: async ({ state, query, form }) => {
      const authenticated = isAuthenticated(state, 'POST', 'setup', query);
      if (!authenticated && state.token !== null) {
        state.authFailures += 1;
        await sleep(state.timing.setupPauseMs);
        return ok(httpMsg(state, 403));
      }
      const newtoken = textField(form, 'newtoken');
      if (newtoken === null || newtoken === '') return rejected(httpMsg(state, 400));
      const invalid = validateNewToken(newtoken);
      if (invalid) return rejected(httpMsg(state, 400, invalid));
      state.token = newtoken;
      state.firstRunPending = false;
      return ok(httpMsg(state, 200));
    },
  },
];
