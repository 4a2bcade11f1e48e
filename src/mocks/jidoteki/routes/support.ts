import { debugArchive, logsArchive } from '../bytes.ts';
import { accepted, attachment, ok } from '../http.ts';
import type { Route } from './types.ts';

export const supportRoutes: Route[] = [
  {
    endpoint: 'logs',
    group: null,
    get: () => ok(attachment(logsArchive(), 'logs.tar.gz', 'application/octet-stream')),
  },
  {
    endpoint: 'debug',
    group: null,
    get: () => ok(attachment(debugArchive(), 'debug-bundle.tar', 'application/octet-stream')),
  },
  {
    endpoint: 'reboot',
    group: null,
    get: ({ state, now }) => {
      state.reboots += 1;
      state.downUntil = now + state.timing.rebootDowntimeMs;
      return ok(accepted('reboot'));
    },
  },
];
