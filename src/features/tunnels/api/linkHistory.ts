import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { tunnelsKeys } from './keys';

const historySchema = z.object({
  history: z.array(
    z.object({
      event: z.string(),
      timestamp: z.optional(z.string()),
      timestamp_i: z.optional(z.number()),
    }),
  ),
});

/** GET /status/link_history?tunnelid=: up/down events of one tunnel, newest first. */
export function linkHistoryQuery(connectionId: string, client: HttpClient, tunnelId: number) {
  return queryOptions({
    queryKey: tunnelsKeys.history(connectionId, tunnelId),
    queryFn: async ({ signal }) =>
      (
        await vns3Json(
          client,
          { path: vns3Path('/status/link_history'), query: { tunnelid: String(tunnelId) }, signal },
          historySchema,
        )
      ).history,
  });
}
