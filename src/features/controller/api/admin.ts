import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { fileNameFromHeaders } from '@/api/download';
import type { HttpClient } from '@/api/http';
import type { UploadRequest, UploadResult } from '@/api/upload';
import { vns3Path } from '@/api/vns3/envelope';
import { controllerKeys } from './keys';
import { RAW_UPLOAD_HEADERS, vns3Get, vns3Write } from './request';

const remoteSupportSchema = z.object({ enabled: z.boolean() });

export function remoteSupportQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.remoteSupport(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/remote_support', remoteSupportSchema, signal),
  });
}

export function updateRemoteSupport(
  client: HttpClient,
  body: { enabled?: boolean; revoke_credential?: boolean },
) {
  return vns3Write(
    client,
    'PUT',
    '/remote_support',
    z.object({ enabled: z.boolean(), revoke_credential: z.optional(z.boolean()) }),
    body,
  );
}

type Start = (request: Omit<UploadRequest, 'signal' | 'onProgress'>) => Promise<UploadResult>;

/**
 * POST /remote_support/keypair: uploads the encrypted passphrase file from Cohesive support; the
 * 201 answer is the SSH private key (.pem) to hand back to them.
 */
export async function generateSupportKeypair(start: Start, file: File) {
  const result = await start({
    method: 'POST',
    path: vns3Path('/remote_support/keypair'),
    body: file,
    headers: { ...RAW_UPLOAD_HEADERS, Accept: 'application/octet-stream' },
  });
  const text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
  return {
    blob: new Blob([text], { type: 'application/octet-stream' }),
    fileName: fileNameFromHeaders(result.headers, 'remote_support_key.pem'),
  };
}

export function rebootController(client: HttpClient) {
  return vns3Write(client, 'PUT', '/server', z.object({ status: z.string() }), { reboot: true });
}

const cloudSchema = z.object({
  cloud_type: z.nullable(z.optional(z.string())),
  cloud_data: z.nullable(z.optional(z.record(z.string(), z.unknown()))),
});

export function cloudDataQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.cloudData(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/cloud_data', cloudSchema, signal),
  });
}

export function updateControllerConfig(
  client: HttpClient,
  body: { controller_name?: string; topology_name?: string; ntp_hosts?: string },
) {
  return vns3Write(client, 'PUT', '/config', z.record(z.string(), z.unknown()), body);
}
