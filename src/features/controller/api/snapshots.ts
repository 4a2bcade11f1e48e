import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { download } from '@/api/download';
import type { HttpClient } from '@/api/http';
import type { UploadRequest, UploadResult } from '@/api/upload';
import { vns3Path } from '@/api/vns3/envelope';
import { controllerKeys } from './keys';
import { RAW_UPLOAD_HEADERS, nullableString, uploadPayload, vns3Get, vns3Write } from './request';

const snapshotSchema = z.object({
  sha1_checksum: nullableString,
  created_at: nullableString,
  size: z.optional(z.number()),
  status: nullableString,
});

const listSchema = z.object({
  latest_snapshot: nullableString,
  snapshots: z.record(z.string(), snapshotSchema),
});

export interface SnapshotRow extends z.infer<typeof snapshotSchema> {
  name: string;
}

/** Newest first. */
export function snapshotRows(list: z.infer<typeof listSchema>): SnapshotRow[] {
  return Object.entries(list.snapshots)
    .map(([name, snapshot]) => ({ name, ...snapshot }))
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
}

export function snapshotsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.snapshots(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/snapshots', listSchema, signal),
    select: snapshotRows,
  });
}

export function createSnapshot(client: HttpClient, name: string) {
  return vns3Write(
    client,
    'POST',
    '/snapshots',
    z.record(z.string(), snapshotSchema),
    name ? { name } : {},
  );
}

export function deleteSnapshot(client: HttpClient, name: string) {
  return vns3Write(client, 'DELETE', `/snapshots/${encodeURIComponent(name)}`, listSchema);
}

export function downloadSnapshot(client: HttpClient, name: string) {
  return download(client, {
    path: vns3Path(`/snapshots/${encodeURIComponent(name)}`),
    headers: { Accept: 'application/octet-stream' },
    fallbackName: name,
  });
}

const importSchema = z.object({
  snapshot: z.optional(z.unknown()),
  status: z.optional(z.string()),
  log_lines: z.optional(z.array(z.string())),
});

type Start = (request: Omit<UploadRequest, 'signal' | 'onProgress'>) => Promise<UploadResult>;

/** PUT /snapshots/running_config: the snapshot file as a raw text/plain body; then a reboot. */
export async function restoreSnapshot(start: Start, file: File) {
  const result = await start({
    method: 'PUT',
    path: vns3Path('/snapshots/running_config'),
    body: file,
    headers: RAW_UPLOAD_HEADERS,
  });
  return uploadPayload(result, importSchema, 'the snapshot import');
}

/** PUT /snapshots/fetch_config (Go client only): pull the configuration of another controller. */
export function fetchConfigFrom(client: HttpClient, body: { host: string; password: string }) {
  return vns3Write(client, 'PUT', '/snapshots/fetch_config', importSchema, { ...body });
}
