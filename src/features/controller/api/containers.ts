import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const systemSchema = z.object({
  network: nullableString,
  running: z.union([z.boolean(), z.string()]),
});

/** `running` is a boolean or a string such as "true" / "stopped", depending on the version. */
export const isRunning = (running: boolean | string) =>
  running === true || running === 'true' || running === 'running';

export function containerSystemQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.containerSystem(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/container_system', systemSchema, signal),
  });
}

export function containerSystemAction(client: HttpClient, action: 'start' | 'stop') {
  return vns3Write(client, 'POST', '/container_system', systemSchema, { action });
}

export function setContainerNetwork(client: HttpClient, network: string) {
  return vns3Write(client, 'PUT', '/container_system', systemSchema, { network });
}

const imageSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  description: nullableString,
  status: nullableString,
  created_at: nullableString,
});

export type ContainerImage = z.infer<typeof imageSchema>;

export function imagesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.images(connectionId),
    queryFn: ({ signal }) =>
      vns3Get(
        client,
        '/container_system/images',
        z.object({ images: z.array(imageSchema) }),
        signal,
      ),
    select: (data) => data.images,
  });
}

export function createImage(
  client: HttpClient,
  body: { name: string; url: string; description?: string },
) {
  return vns3Write(
    client,
    'POST',
    '/container_system/images',
    z.object({ status: nullableString, import_uuid: nullableString }),
    body,
  );
}

export function deleteImage(client: HttpClient, uuid: string) {
  return vns3Write(
    client,
    'DELETE',
    `/container_system/images/${encodeURIComponent(uuid)}`,
    z.unknown(),
  );
}

const containerSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  image_name: nullableString,
  ip_address: nullableString,
  command: nullableString,
  status: nullableString,
});

export type Container = z.infer<typeof containerSchema>;

export function containersQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.containers(connectionId),
    queryFn: ({ signal }) =>
      vns3Get(
        client,
        '/container_system/containers',
        z.object({ containers: z.array(containerSchema) }),
        signal,
      ),
    select: (data) => data.containers,
  });
}

export function runContainer(
  client: HttpClient,
  body: { name: string; image_uuid: string; ipaddress?: string; command?: string },
) {
  return vns3Write(
    client,
    'POST',
    '/container_system/containers',
    z.object({ uuid: z.string(), ip_address: nullableString }),
    body,
  );
}

const containerPath = (uuid: string) => `/container_system/containers/${encodeURIComponent(uuid)}`;

export function stopContainer(client: HttpClient, uuid: string) {
  return vns3Write(client, 'PUT', containerPath(uuid), z.unknown());
}

export function deleteContainer(client: HttpClient, uuid: string) {
  return vns3Write(client, 'DELETE', containerPath(uuid), z.unknown());
}

export const LOG_LINES = 200;

// The reference documents a list of lines; older controllers answer one string.
const logsSchema = z.object({ logs: z.union([z.array(z.string()), z.string()]) });

export function containerLogsQuery(connectionId: string, client: HttpClient, uuid: string) {
  return queryOptions({
    queryKey: controllerKeys.containerLogs(connectionId, uuid, LOG_LINES),
    queryFn: ({ signal }) =>
      vns3Get(client, `${containerPath(uuid)}/logs`, logsSchema, signal, {
        lines: String(LOG_LINES),
      }),
    select: (data) => (typeof data.logs === 'string' ? data.logs : data.logs.join('\n')),
  });
}

export function commitContainer(
  client: HttpClient,
  uuid: string,
  body: { name: string; description?: string },
) {
  return vns3Write(
    client,
    'POST',
    `${containerPath(uuid)}/commit`,
    z.object({ uuid: z.string(), name: nullableString }),
    body,
  );
}

const imagePath = (uuid: string) => `/container_system/images/${encodeURIComponent(uuid)}`;

export function updateImage(
  client: HttpClient,
  uuid: string,
  body: { name: string; description: string },
) {
  return vns3Write(client, 'PUT', imagePath(uuid), z.object({ uuid: z.string() }), body);
}

export function exportImage(client: HttpClient, uuid: string, name: string) {
  return vns3Write(
    client,
    'POST',
    `${imagePath(uuid)}/exports`,
    z.object({ status: nullableString }),
    { name },
  );
}

const addressSchema = z.object({ address: z.string(), status: nullableString });

export type ContainerAddress = z.infer<typeof addressSchema>;

export function containerAddressesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: [...controllerKeys.containerSystem(connectionId), 'ip-addresses'] as const,
    queryFn: ({ signal }) =>
      vns3Get(
        client,
        '/container_system/ip_addresses',
        z.object({ addresses: z.array(addressSchema) }),
        signal,
      ),
    select: (data) => data.addresses,
  });
}
