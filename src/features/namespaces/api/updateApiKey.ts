import type { HttpClient } from '@/api/http';
import type { ShellHubRole } from '@/auth/shellhub/identity';

export const apiKeyPath = (name: string) => `/api/namespaces/api-key/${encodeURIComponent(name)}`;

/** PATCH /api/namespaces/api-key/{name} {name?, role?}: keys are addressed by name. */
export async function updateApiKey(
  client: HttpClient,
  name: string,
  change: { name?: string; role?: ShellHubRole },
): Promise<void> {
  await client.send({ method: 'PATCH', path: apiKeyPath(name), body: { ...change } });
}
