import type { HttpClient } from '@/api/http';
import { namespacePath } from './namespace';

/** DELETE /api/namespaces/{tenant} (owner only): its devices, members and keys go with it. */
export async function deleteNamespace(client: HttpClient, tenant: string): Promise<void> {
  await client.send({ method: 'DELETE', path: namespacePath(tenant) });
}
