import { accepted, httpMsg, joinLog, jsonOk, ok, rejected } from '../http.ts';
import { startCertsUpdate } from '../jobs/certs-job.ts';
import { fileField } from '../params.ts';
import type { Route } from './types.ts';

export const certsRoutes: Route[] = [
  {
    endpoint: 'certs',
    group: 'certs',
    get: ({ state }) => ok(jsonOk({ status: state.certs.status, log: joinLog(state.certs.log) })),
    post: async ({ state, form, now }) => {
      const publicPem = await fileField(form, 'public');
      const privatePem = await fileField(form, 'private');
      if (!publicPem || !privatePem) return rejected(httpMsg(state, 400));
      const ca = await fileField(form, 'ca');
      startCertsUpdate(state, { public: publicPem, private: privatePem, ca }, now);
      return ok(accepted('certs'));
    },
  },
];
