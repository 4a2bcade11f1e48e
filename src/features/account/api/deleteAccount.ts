import type { HttpClient } from '@/api/http';

/** `DELETE /api/user`: the signed-in account; owners must delete their namespaces first. */
export async function deleteAccount(client: HttpClient) {
  await client.send({ method: 'DELETE', path: '/api/user' });
}
