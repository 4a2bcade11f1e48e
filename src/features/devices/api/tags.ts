import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { shKeys } from './keys';
import { tagListSchema } from './schemas';

/** GET /api/tags: every tag name in the namespace. */
export function tagsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: shKeys.tags(connectionId),
    queryFn: async ({ signal }) => {
      const tags = await client.json({ path: '/api/tags', signal }, tagListSchema);
      return tags.map((tag) => (typeof tag === 'string' ? tag : tag.name));
    },
  });
}

/** PUT /api/tags/{tag} {tag}: renames it everywhere. */
export async function renameTag(client: HttpClient, from: string, to: string) {
  await client.send({
    method: 'PUT',
    path: `/api/tags/${encodeURIComponent(from)}`,
    body: { tag: to },
  });
}

/** DELETE /api/tags/{tag}: removes it from everything. */
export async function deleteTag(client: HttpClient, tag: string) {
  await client.send({ method: 'DELETE', path: `/api/tags/${encodeURIComponent(tag)}` });
}
