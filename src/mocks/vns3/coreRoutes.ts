import { badRequest, notFound, vns3Response } from './http.ts';
import type { Vns3Route } from './routes.ts';
import { taskStatus } from './state.ts';

export const coreRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/config',
    handle: ({ state }) =>
      vns3Response({
        licensed: state.licensed,
        keyset_present: state.keysetPresent,
        vns3_version: state.version,
        topology_name: `Simulated controller ${state.instanceId}`,
      }),
  },
  {
    method: 'GET',
    pattern: '/status/task',
    handle: ({ state, url, now }) => {
      const token = url.searchParams.get('token');
      if (!token) return badRequest('token is required');
      const task = state.tasks.get(token);
      if (!task) return notFound('Unknown task token');
      return vns3Response({ task_status: taskStatus(task, now) });
    },
  },
];
