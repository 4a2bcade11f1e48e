import type { HttpClient } from '@/api/http';

/** PUT /api/users/security/{tenant} {session_record}: record SSH sessions in this namespace. */
export async function setSessionRecord(
  client: HttpClient,
  tenant: string,
  sessionRecord: boolean,
): Promise<void> {
  await client.send({
    method: 'PUT',
    path: `/api/users/security/${encodeURIComponent(tenant)}`,
    body: { session_record: sessionRecord },
  });
}
