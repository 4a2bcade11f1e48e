import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { namespacesKeys } from './keys';
import { namespacePath } from './namespace';

export interface InviteLink {
  tenant: string;
  user: string;
  sig: string;
}

/** Reads `?tenant=…&user=…&sig=…` of an invitation link; null when a part is missing. */
export function parseInviteLink(params: URLSearchParams): InviteLink | null {
  const tenant = params.get('tenant') ?? params.get('tenant-id');
  const user = params.get('user') ?? params.get('user-id');
  const sig = params.get('sig');
  return tenant && user && sig ? { tenant, user, sig } : null;
}

/** GET /api/namespaces/{tenant}/members/{id}/accept-invite?sig=: is the invitation pending? */
export function inviteStatusQuery(connectionId: string, client: HttpClient, link: InviteLink) {
  return queryOptions({
    queryKey: namespacesKeys.invite(connectionId, link.tenant, link.user, link.sig),
    queryFn: ({ signal }) =>
      client.json(
        {
          path: `${namespacePath(link.tenant)}/members/${encodeURIComponent(link.user)}/accept-invite`,
          query: { sig: link.sig },
          signal,
        },
        z.object({ status: z.string() }),
      ),
    retry: false,
  });
}

/** PATCH /api/namespaces/{tenant}/members/accept-invite {sig}, as the invited user. */
export async function acceptInvite(client: HttpClient, link: InviteLink): Promise<void> {
  await client.send({
    method: 'PATCH',
    path: `${namespacePath(link.tenant)}/members/accept-invite`,
    body: { sig: link.sig },
  });
}
