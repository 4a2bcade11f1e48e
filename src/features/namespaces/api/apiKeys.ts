import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { type HttpClient, parseBody, parseWith } from '@/api/http';
import { type ApiKeyPageRequest, namespacesKeys } from './keys';
import { type ApiKey, apiKeySchema } from './schemas';

export interface ApiKeyPage {
  keys: ApiKey[];
  total: number;
}

/** GET /api/namespaces/api-key: one page; the total is in `X-Total-Count`. */
export async function fetchApiKeyPage(
  client: HttpClient,
  page: ApiKeyPageRequest,
  signal?: AbortSignal,
): Promise<ApiKeyPage> {
  const response = await client.send({
    path: '/api/namespaces/api-key',
    query: {
      page: String(page.page),
      per_page: String(page.perPage),
      sort_by: page.sortBy,
      order_by: page.orderBy,
    },
    signal,
  });
  const keys = parseWith(
    z.nullable(z.array(apiKeySchema)),
    await parseBody(response),
    'GET /api/namespaces/api-key',
  );
  const total = Number(response.headers.get('X-Total-Count'));
  return { keys: keys ?? [], total: Number.isFinite(total) ? total : (keys?.length ?? 0) };
}

export function apiKeyPageQuery(
  connectionId: string,
  client: HttpClient,
  tenant: string,
  page: ApiKeyPageRequest,
) {
  return queryOptions({
    queryKey: namespacesKeys.apiKeyPage(connectionId, tenant, page),
    queryFn: ({ signal }) => fetchApiKeyPage(client, page, signal),
    placeholderData: keepPreviousData,
  });
}
