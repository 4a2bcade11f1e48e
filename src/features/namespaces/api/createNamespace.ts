import type { HttpClient } from '@/api/http';
import { namespaceSchema } from './schemas';

/** POST /api/namespaces {name}: the caller owns the new namespace. */
export function createNamespace(client: HttpClient, name: string) {
  return client.json({ method: 'POST', path: '/api/namespaces', body: { name } }, namespaceSchema);
}
