import type { HttpClient } from '@/api/http';
import { namespacePath } from './namespace';
import { namespaceSchema } from './schemas';

export interface NamespaceUpdate {
  name?: string;
  settings?: { connection_announcement?: string; session_record?: boolean };
}

/** PUT /api/namespaces/{tenant} {name?, settings?} (administrator or owner). */
export function updateNamespace(client: HttpClient, tenant: string, update: NamespaceUpdate) {
  return client.json(
    { method: 'PUT', path: namespacePath(tenant), body: { ...update } },
    namespaceSchema,
  );
}
