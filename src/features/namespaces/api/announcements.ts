import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { type HttpClient, parseBody, parseWith } from '@/api/http';
import { namespacesKeys } from './keys';
import { announcementSchema, announcementShortSchema } from './schemas';

/** GET /api/announcements: newest first; the total is in `X-Total-Count`. */
export function announcementPageQuery(
  connectionId: string,
  client: HttpClient,
  page: number,
  perPage: number,
) {
  return queryOptions({
    queryKey: namespacesKeys.announcementPage(connectionId, page, perPage),
    queryFn: async ({ signal }) => {
      const response = await client.send({
        path: '/api/announcements',
        query: { page: String(page), per_page: String(perPage), order_by: 'desc' },
        signal,
      });
      const items = parseWith(
        z.nullable(z.array(announcementShortSchema)),
        await parseBody(response),
        'GET /api/announcements',
      );
      const total = Number(response.headers.get('X-Total-Count'));
      return { items: items ?? [], total: Number.isFinite(total) ? total : 0 };
    },
    placeholderData: keepPreviousData,
  });
}

/** GET /api/announcements/{uuid}: the announcement with its (markdown) content. */
export function announcementQuery(connectionId: string, client: HttpClient, uuid: string) {
  return queryOptions({
    queryKey: namespacesKeys.announcement(connectionId, uuid),
    queryFn: ({ signal }) =>
      client.json(
        { path: `/api/announcements/${encodeURIComponent(uuid)}`, signal },
        announcementSchema,
      ),
  });
}
