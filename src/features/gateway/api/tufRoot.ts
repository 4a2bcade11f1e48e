import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { jsonObjectSchema } from './schemas';

/** GET /v1/tuf/root.json (version "latest") or /v1/tuf/{n}.root.json. */
export function tufRootQuery(connectionId: string, client: HttpClient, version: string) {
  return queryOptions({
    queryKey: gatewayKeys.tufRoot(connectionId, version),
    queryFn: ({ signal }) => client.json({ path: gw.tufRoot(version), signal }, jsonObjectSchema),
  });
}
