import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';

/** GET /api/namespaces: the first namespace of the user other than `tenant`, if any. */
export async function findOtherNamespace(
  client: HttpClient,
  tenant: string,
): Promise<string | null> {
  const namespaces = await client.json(
    { path: '/api/namespaces', query: { page: '1', per_page: '100' } },
    z.nullable(z.array(z.object({ tenant_id: z.string() }))),
  );
  return namespaces?.find((namespace) => namespace.tenant_id !== tenant)?.tenant_id ?? null;
}
