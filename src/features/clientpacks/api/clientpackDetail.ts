import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { clientpackSchema } from './clientpacks';
import { clientpackKeys } from './keys';

const text = z.optional(z.nullable(z.string()));

export const clientpackDetailSchema = z.extend(clientpackSchema, {
  sequential_id: z.optional(z.nullable(z.number())),
  manager_id: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  last_disconnect: text,
  linux_onefile: text,
  windows_onefile: text,
  tarball_file: text,
  zip_file: text,
  conf_sha1: text,
  ovpn_sha1: text,
  tarball_sha1: text,
  zip_sha1: text,
});

export type ClientpackDetail = z.infer<typeof clientpackDetailSchema>;

/** GET /clientpacks/{name}: one pack with its files and their SHA-1 sums. */
export function clientpackDetailQuery(connectionId: string, client: HttpClient, name: string) {
  return queryOptions({
    queryKey: clientpackKeys.detail(connectionId, name),
    queryFn: async ({ signal }) =>
      (
        await vns3Json(
          client,
          { path: vns3Path(`/clientpacks/${encodeURIComponent(name)}`), signal },
          z.object({ clientpack: clientpackDetailSchema }),
        )
      ).clientpack,
  });
}
