import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { type UpdateSummary, updatesByTagSchema } from './schemas';

export interface UpdateRow extends UpdateSummary {
  tag: string;
}

export function flattenUpdates(data: z.infer<typeof updatesByTagSchema>): UpdateRow[] {
  return Object.entries(data)
    .flatMap(([tag, updates]) => (updates ?? []).map((update) => ({ tag, ...update })))
    .sort((a, b) => a.tag.localeCompare(b.tag) || b['uploaded-at'] - a['uploaded-at']);
}

/** GET /v1/updates (all tags) or GET /v1/updates/{tag}. */
export function updatesQuery(connectionId: string, client: HttpClient, tag: string | null) {
  return queryOptions({
    queryKey: tag ? gatewayKeys.tagUpdates(connectionId, tag) : gatewayKeys.updates(connectionId),
    queryFn: async ({ signal }) =>
      flattenUpdates(
        await client.json({ path: tag ? gw.tag(tag) : gw.updates, signal }, updatesByTagSchema),
      ),
  });
}
