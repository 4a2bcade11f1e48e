import { badRequest, notFound, readJsonObject, vns3Error, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import { stringField } from './fields.ts';
import { INTERFACES, PACKET_MONITOR_NAME } from './rules.ts';
import type { PacketMonitor } from './state.ts';

const TYPES = ['conntrack', 'netflow', 'pcap'] as const;
export const HOST_DESTINATION = /^host:(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}$/;

const detail = ({
  name,
  type,
  interface: iface,
  filter,
  duration,
  destination,
  running,
}: PacketMonitor) => ({
  name,
  type,
  interface: iface,
  filter,
  duration,
  destination,
  status: running ? 'running' : 'stopped',
});

export const packetMonitorRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/packet_monitors',
    handle: ({ state }) => vns3Response([...state.system.packetMonitors.values()].map(detail)),
  },
  {
    method: 'POST',
    pattern: '/packet_monitor',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const fields: Record<string, string | undefined> = {};
      for (const key of ['name', 'type', 'interface', 'duration', 'destination'] as const) {
        const field = stringField(body.value, key, { required: true });
        if (!field.ok) return field.outcome;
        fields[key] = field.value?.trim();
      }
      if (!('filter' in body.value)) return badRequest('filter is missing');
      const filter = stringField(body.value, 'filter');
      if (!filter.ok) return filter.outcome;
      const {
        name = '',
        type = '',
        interface: iface = '',
        duration = '',
        destination = '',
      } = fields;
      if (!PACKET_MONITOR_NAME.test(name)) {
        return badRequest('name must be 1-32 letters, digits, dash or underscore');
      }
      if (!(TYPES as readonly string[]).includes(type)) {
        return badRequest('type must be conntrack, netflow or pcap');
      }
      if (type === 'conntrack' && name !== 'conntrack') {
        return badRequest('a conntrack monitor must be named conntrack');
      }
      if (!(INTERFACES as readonly string[]).includes(iface)) {
        return badRequest(`interface must be one of ${INTERFACES.join(', ')}`);
      }
      if (duration !== 'forever' && Number.isNaN(Date.parse(duration))) {
        return badRequest('duration must be forever or a date');
      }
      if (type === 'netflow' ? !HOST_DESTINATION.test(destination) : destination !== 'file') {
        return badRequest(
          type === 'netflow'
            ? 'destination must be host:<IPv4>:<port> for netflow'
            : 'destination must be file for pcap and conntrack',
        );
      }
      if (state.system.packetMonitors.has(name)) {
        return badRequest(`A packet monitor named ${name} already exists`);
      }
      const monitor: PacketMonitor = {
        name,
        type: type as PacketMonitor['type'],
        interface: iface,
        filter: filter.value ?? null,
        duration,
        destination,
        running: false,
        captured: false,
      };
      state.system.packetMonitors.set(name, monitor);
      return vns3Response(detail(monitor));
    },
  },
  {
    method: 'GET',
    pattern: '/packet_monitor/:name',
    handle: ({ state, params }) => {
      const monitor = state.system.packetMonitors.get(params.name ?? '');
      return monitor ? vns3Response(detail(monitor)) : notFound('Packet monitor does not exist');
    },
  },
  {
    method: 'DELETE',
    pattern: '/packet_monitor/:name',
    handle: ({ state, params }) =>
      state.system.packetMonitors.delete(params.name ?? '')
        ? vns3Response({ success: true, output: `Deleted ${params.name ?? ''}` })
        : notFound('Packet monitor does not exist'),
  },
  {
    method: 'PUT',
    pattern: '/packet_monitor/:name/start',
    handle: ({ state, params }) => {
      const monitor = state.system.packetMonitors.get(params.name ?? '');
      if (!monitor) return notFound('Packet monitor does not exist');
      if (monitor.running) return vns3Error(400, 'APIBadRequestError', 'Already running');
      monitor.running = true;
      monitor.captured = true;
      return vns3Response({
        success: true,
        output: `Started ${monitor.name} on ${monitor.interface}`,
      });
    },
  },
  {
    method: 'PUT',
    pattern: '/packet_monitor/:name/stop',
    handle: ({ state, params }) => {
      const monitor = state.system.packetMonitors.get(params.name ?? '');
      if (!monitor) return notFound('Packet monitor does not exist');
      if (!monitor.running) return vns3Error(400, 'APIBadRequestError', 'Not running');
      monitor.running = false;
      return vns3Response({ success: true, output: `Stopped ${monitor.name}` });
    },
  },
  {
    method: 'GET',
    pattern: '/packet_monitor/:name/download',
    handle: ({ state, params }) => {
      const monitor = state.system.packetMonitors.get(params.name ?? '');
      if (!monitor) return notFound('Packet monitor does not exist');
      if (!monitor.captured) return notFound('No capture data yet');
      return {
        result: new Response(`capture of ${monitor.name} on ${monitor.interface}\n`, {
          status: 200,
          headers: {
            'Content-Type': 'application/x-gzip',
            'Content-Disposition': `attachment; filename="${monitor.name}.tar.gz"`,
          },
        }),
      };
    },
  },
];
