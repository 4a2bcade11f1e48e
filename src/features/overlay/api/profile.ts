import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { overlayKeys } from './keys';

export const profileSchema = z.object({ shared: z.boolean(), ipv4_address: z.string() });
export type UserProfile = z.infer<typeof profileSchema>;

/** GET /api/userprofile/{user}: keyed by the user's id. */
export function profileQuery(connectionId: string, client: HttpClient, userId: number) {
  return queryOptions({
    queryKey: overlayKeys.profile(connectionId, userId),
    queryFn: ({ signal }) =>
      client.json({ path: `/api/userprofile/${userId}`, signal }, profileSchema),
  });
}

export function patchProfile(client: HttpClient, userId: number, shared: boolean) {
  return client.json(
    { method: 'PATCH', path: `/api/userprofile/${userId}`, body: { shared } },
    profileSchema,
  );
}
