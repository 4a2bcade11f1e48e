import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { type DownloadProgress, download } from '@/api/download';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { waitForVns3Task } from '@/api/vns3/tasks';
import { clientpackSchema } from './clientpacks';

export const PACK_FORMATS = [
  { value: 'ovpn', label: 'OpenVPN profile (.ovpn)' },
  { value: 'conf', label: 'Config file (.conf)' },
  { value: 'zip', label: 'Zip archive' },
  { value: 'tarball', label: 'Tarball (.tar.gz)' },
  { value: 'default', label: 'The controller’s default file' },
] as const;
export type PackFormat = (typeof PACK_FORMATS)[number]['value'];

const tokenOrPack = z.union([
  z.object({ token: z.string(), status: z.optional(z.string()) }),
  clientpackSchema,
]);

/** PUT /clientpack: enable, disable, check in or out one pack. */
export async function updateClientpack(
  client: HttpClient,
  name: string,
  changes: { enabled?: boolean; checked_out?: boolean },
) {
  await vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/clientpack'), body: { name, ...changes } },
    tokenOrPack,
  );
}

/** PUT /clientpack {regenerate: true}: new keys and files; waits for the controller's task. */
export async function regenerateClientpack(client: HttpClient, name: string) {
  const result = await vns3Json(
    client,
    { method: 'PUT', path: vns3Path('/clientpack'), body: { name, regenerate: true } },
    tokenOrPack,
  );
  if ('token' in result) await waitForVns3Task(client, result.token, { intervalMs: 300 });
}

/**
 * GET /clientpack?name=&fileformat=: the pack's files, with download progress. `default` asks
 * GET /clientpack/{name}, where the controller picks the format.
 */
export function downloadClientpack(
  client: HttpClient,
  name: string,
  format: PackFormat,
  onProgress: (progress: DownloadProgress) => void,
) {
  if (format === 'default') {
    return download(client, {
      path: vns3Path(`/clientpack/${encodeURIComponent(name)}`),
      headers: { Accept: 'application/octet-stream' },
      fallbackName: `${name}.tar.gz`,
      onProgress,
    });
  }
  const extension = format === 'tarball' ? 'tar.gz' : format;
  return download(client, {
    path: vns3Path('/clientpack'),
    query: { name, fileformat: format },
    headers: { Accept: 'application/octet-stream' },
    fallbackName: `${name}.${extension}`,
    onProgress,
  });
}

/** POST /clientpacks/next_available: checks out the next free pack in the range. */
export async function checkoutNextClientpack(
  client: HttpClient,
  range: { low_ip?: string; high_ip?: string; include_disabled: boolean },
) {
  const result = await vns3Json(
    client,
    { method: 'POST', path: vns3Path('/clientpacks/next_available'), body: { ...range } },
    tokenOrPack,
  );
  if ('token' in result) {
    await waitForVns3Task(client, result.token, { intervalMs: 300 });
    return null;
  }
  return result;
}

const resetSchema = z.object({
  disconnecting: z.optional(z.boolean()),
  overlay_ipaddress: z.optional(z.string()),
});

/** POST /client/reset: drops one client's connection. */
export function resetClient(client: HttpClient, name: string) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path('/client/reset'), body: { name, disconnect: true } },
    resetSchema,
  );
}

/** POST /clients/reset_all: drops every connected client. */
export function resetAllClients(client: HttpClient) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path('/clients/reset_all') },
    z.object({ resetting: z.optional(z.array(z.string())) }),
  );
}

const tagsSchema = z.object({ name: z.string(), tags: z.record(z.string(), z.string()) });

/** POST /clientpack/{name} {key, value}. */
export function addClientpackTag(
  client: HttpClient,
  name: string,
  tag: { key: string; value: string },
) {
  return vns3Json(
    client,
    { method: 'POST', path: vns3Path(`/clientpack/${encodeURIComponent(name)}`), body: { ...tag } },
    tagsSchema,
  );
}

/** DELETE /clientpack/{name} with `{key}` in a JSON body. */
export function removeClientpackTag(client: HttpClient, name: string, key: string) {
  return vns3Json(
    client,
    { method: 'DELETE', path: vns3Path(`/clientpack/${encodeURIComponent(name)}`), body: { key } },
    tagsSchema,
  );
}

/** PUT /clientpack/{name} `{disconnect: true}`: forces the pack's client off the overlay. */
export function disconnectClientpack(client: HttpClient, name: string) {
  return vns3Json(
    client,
    {
      method: 'PUT',
      path: vns3Path(`/clientpack/${encodeURIComponent(name)}`),
      body: { disconnect: true },
    },
    z.object({
      disconnecting: z.optional(z.union([z.string(), z.boolean()])),
      overlay_ipaddress: z.optional(z.string()),
    }),
  );
}
