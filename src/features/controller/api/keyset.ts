import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { controllerKeys } from './keys';
import { nullableString, vns3Get, vns3Write } from './request';

export const keysetSchema = z.object({
  in_progress: z.boolean(),
  keyset_present: z.boolean(),
  checksum: nullableString,
  created_at: nullableString,
  started_at: nullableString,
});

export type Keyset = z.infer<typeof keysetSchema>;

/** Polls every second while a keyset is being generated. */
export function keysetQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: controllerKeys.keyset(connectionId),
    queryFn: ({ signal }) => vns3Get(client, '/keyset', keysetSchema, signal),
    refetchInterval: (query) => (query.state.data?.in_progress ? 1000 : false),
  });
}

export interface KeysetBody {
  token: string;
  topology_name?: string;
  source?: string;
}

export function generateKeyset(client: HttpClient, body: KeysetBody) {
  return vns3Write(client, 'PUT', '/keyset', keysetSchema, { ...body });
}
