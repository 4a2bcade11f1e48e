import type { HttpClient } from '@/api/http';
import type { ShellHubRole } from '@/auth/shellhub/identity';
import { namespacePath } from './namespace';
import { namespaceSchema } from './schemas';

const memberPath = (tenant: string, id: string) =>
  `${namespacePath(tenant)}/members/${encodeURIComponent(id)}`;

/** POST /api/namespaces/{tenant}/members {email, role}: e-mails an invitation (cloud). */
export function inviteMember(
  client: HttpClient,
  tenant: string,
  invite: { email: string; role: ShellHubRole },
) {
  return client.json(
    { method: 'POST', path: `${namespacePath(tenant)}/members`, body: { ...invite } },
    namespaceSchema,
  );
}

/** PATCH /api/namespaces/{tenant}/members/{uid} {role}. */
export async function updateMemberRole(
  client: HttpClient,
  tenant: string,
  id: string,
  role: ShellHubRole,
): Promise<void> {
  await client.send({ method: 'PATCH', path: memberPath(tenant, id), body: { role } });
}

/** DELETE /api/namespaces/{tenant}/members/{uid}. */
export async function removeMember(client: HttpClient, tenant: string, id: string): Promise<void> {
  await client.send({ method: 'DELETE', path: memberPath(tenant, id) });
}
