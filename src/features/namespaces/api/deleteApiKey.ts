import type { HttpClient } from '@/api/http';
import { apiKeyPath } from './updateApiKey';

/** DELETE /api/namespaces/api-key/{name}: scripts using the key get 401 from then on. */
export async function deleteApiKey(client: HttpClient, name: string): Promise<void> {
  await client.send({ method: 'DELETE', path: apiKeyPath(name) });
}
