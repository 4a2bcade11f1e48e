import type { HttpClient } from '@/api/http';
import { userAuthSchema } from '@/api/shellhub/userAuth';
import { namespacePath } from './namespace';

/** DELETE /api/namespaces/{tenant}/members: leave; answers a token for another namespace. */
export function leaveNamespace(client: HttpClient, tenant: string) {
  return client.json(
    { method: 'DELETE', path: `${namespacePath(tenant)}/members` },
    userAuthSchema,
  );
}
