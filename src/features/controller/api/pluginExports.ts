import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { download } from '@/api/download';
import { vns3Path } from '@/api/vns3/envelope';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

const exportSchema = z.object({
  name: z.string(),
  basename: nullableString,
  size: z.nullable(z.optional(z.number())),
  mtime: z.nullable(z.optional(z.number())),
  status: nullableString,
});

export type PluginExport = z.infer<typeof exportSchema>;

/** Where a set of export files lives: a plugin or a plugin instance. */
export interface ExportOwner {
  kind: 'plugins' | 'plugin-instances';
  id: number;
}

const ownerPath = (owner: ExportOwner) => `/${owner.kind}/${owner.id}/exports`;
const filePath = (owner: ExportOwner, name: string) =>
  `${ownerPath(owner)}/${encodeURIComponent(name)}`;

export function allPluginExportsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: [...controllerKeys.plugins(connectionId), 'all-exports'] as const,
    queryFn: ({ signal }) => vns3Get(client, '/plugin-exports', z.array(exportSchema), signal),
  });
}

export function exportsKey(connectionId: string, owner: ExportOwner) {
  const root =
    owner.kind === 'plugins'
      ? controllerKeys.plugins(connectionId)
      : controllerKeys.pluginInstances(connectionId);
  return [...root, owner.id, 'exports'] as const;
}

export function pluginExportsQuery(connectionId: string, client: HttpClient, owner: ExportOwner) {
  return queryOptions({
    queryKey: exportsKey(connectionId, owner),
    queryFn: ({ signal }) => vns3Get(client, ownerPath(owner), z.array(exportSchema), signal),
  });
}

export function createPluginExport(client: HttpClient, owner: ExportOwner, name: string) {
  return vns3Write(client, 'POST', ownerPath(owner), exportSchema, { name });
}

export function deletePluginExport(client: HttpClient, owner: ExportOwner, name: string) {
  return vns3Write(client, 'DELETE', filePath(owner, name), z.array(exportSchema));
}

export function downloadPluginExport(client: HttpClient, owner: ExportOwner, file: PluginExport) {
  return download(client, {
    path: vns3Path(filePath(owner, file.name)),
    headers: { Accept: 'application/octet-stream' },
    fallbackName: file.basename ?? file.name,
  });
}
