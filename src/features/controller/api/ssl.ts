import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const certSchema = z.object({
  subject: nullableString,
  issuer: nullableString,
  before: nullableString,
  after: nullableString,
  sha1_fingerprint: nullableString,
});

export type SslCert = z.infer<typeof certSchema>;

export function sslQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.ssl(connectionId),
    queryFn: ({ signal }) =>
      vns3Get(client, '/system/ssl', z.object({ certs: z.array(certSchema) }), signal),
  });
}

/** PUT /system/ssl/keypair: both PEM files as JSON strings (not multipart). */
export function uploadSslKeypair(client: HttpClient, cert: string, key: string) {
  return vns3Write(client, 'PUT', '/system/ssl/keypair', z.unknown(), { cert, key });
}

const installSchema = z.object({
  uuid: z.string(),
  status: z.string(),
  state: z.optional(z.string()),
});

export function installSsl(client: HttpClient) {
  return vns3Write(client, 'PUT', '/system/ssl/install', installSchema);
}

export function sslInstallStatus(client: HttpClient, uuid: string, signal?: AbortSignal) {
  return vns3Get(client, `/system/ssl/install/${encodeURIComponent(uuid)}`, installSchema, signal);
}

/** Polls the install job until it leaves `pending`; returns its last status. */
export async function waitForSslInstall(
  client: HttpClient,
  uuid: string,
  onStatus: (status: string) => void,
  intervalMs = 700,
) {
  for (;;) {
    const job = await sslInstallStatus(client, uuid);
    onStatus(job.status);
    if (job.state !== 'pending') return job;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
