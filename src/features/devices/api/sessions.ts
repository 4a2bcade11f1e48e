import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { fetchShellHubPage } from '@/api/shellhub/shdevices';
import { shKeys } from './keys';
import { sessionSchema } from './schemas';

/** GET /api/sessions: newest first, one page. */
export function sessionListQuery(
  connectionId: string,
  client: HttpClient,
  page: number,
  perPage: number,
) {
  return queryOptions({
    queryKey: shKeys.sessionList(connectionId, page, perPage),
    queryFn: ({ signal }) =>
      fetchShellHubPage(
        client,
        '/api/sessions',
        { page: String(page), per_page: String(perPage) },
        sessionSchema,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/sessions/{uid}. */
export function sessionQuery(connectionId: string, client: HttpClient, uid: string) {
  return queryOptions({
    queryKey: shKeys.session(connectionId, uid),
    queryFn: ({ signal }) =>
      client.json({ path: `/api/sessions/${encodeURIComponent(uid)}`, signal }, sessionSchema),
  });
}

/** POST /api/sessions/{uid}/close {device}. */
export async function closeSession(client: HttpClient, uid: string, deviceUid: string) {
  await client.send({
    method: 'POST',
    path: `/api/sessions/${encodeURIComponent(uid)}/close`,
    body: { device: deviceUid },
  });
}
