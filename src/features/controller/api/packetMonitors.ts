import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { download } from '@/api/download';
import type { HttpClient } from '@/api/http';
import { vns3Path } from '@/api/vns3/envelope';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const monitorSchema = z.object({
  name: z.string(),
  type: z.string(),
  interface: z.string(),
  filter: nullableString,
  duration: z.string(),
  destination: z.string(),
  status: nullableString,
});

export type PacketMonitor = z.infer<typeof monitorSchema>;

export function packetMonitorsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.packetMonitors(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/packet_monitors', z.array(monitorSchema), signal),
  });
}

export function packetMonitorQuery(connectionId: string, client: HttpClient, name: string) {
  return queryOptions({
    queryKey: controllerKeys.packetMonitor(connectionId, name),
    queryFn: ({ signal }) =>
      vns3Get(client, `/packet_monitor/${encodeURIComponent(name)}`, monitorSchema, signal),
  });
}

export function createPacketMonitor(
  client: HttpClient,
  body: Omit<PacketMonitor, 'status' | 'filter'> & { filter: string | null },
) {
  return vns3Write(client, 'POST', '/packet_monitor', monitorSchema, { ...body });
}

const outputSchema = z.object({ success: z.boolean(), output: nullableString });

const monitorPath = (name: string) => `/packet_monitor/${encodeURIComponent(name)}`;

export function startPacketMonitor(client: HttpClient, name: string) {
  return vns3Write(client, 'PUT', `${monitorPath(name)}/start`, outputSchema);
}

export function stopPacketMonitor(client: HttpClient, name: string) {
  return vns3Write(client, 'PUT', `${monitorPath(name)}/stop`, outputSchema);
}

export function deletePacketMonitor(client: HttpClient, name: string) {
  return vns3Write(client, 'DELETE', monitorPath(name), outputSchema);
}

export function downloadCapture(client: HttpClient, name: string) {
  return download(client, {
    path: vns3Path(`${monitorPath(name)}/download`),
    headers: { Accept: 'application/octet-stream' },
    fallbackName: `${name}.tar.gz`,
  });
}
