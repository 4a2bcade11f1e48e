import { badRequest, notFound, vns3Response } from './http.ts';
import type { Vns3Route } from './routes.ts';
import { taskStatus } from './state.ts';

export const coreRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/config',
    handle: ({ state }) => {
      const { thisEndpoint, peering } = state.edge;
      return vns3Response({
        // What `PUT /config` (system slice) stored.
        ...state.system.config,
        licensed: state.licensed,
        keyset_present: state.keysetPresent,
        vns3_version: state.version,
        peered: peering.peers.size > 0,
        manager_id: peering.selfId,
        asn: thisEndpoint.asn,
        overlay_ipaddress: '100.127.255.193',
        public_ipaddress: thisEndpoint.ipaddress,
        private_ipaddress: thisEndpoint.privateIpaddress,
        subnet_gateway: '192.168.1.1',
        topology_checksum: state.keysetPresent ? '8f1c2a9d0b7e4c3f' : '',
        security_token: state.keysetPresent ? 'set' : '',
      });
    },
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
