import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { firewallKeys } from './keys';

export const v1RulesSchema = z.array(z.tuple([z.string(), z.number()]));

/** GET /firewall/rules: `[rule, position]` tuples, returned as rule strings in position order. */
export function v1RulesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: firewallKeys.v1Rules(connectionId),
    queryFn: async ({ signal }) => {
      const rows = await vns3Json(
        client,
        { path: vns3Path('/firewall/rules'), signal },
        v1RulesSchema,
      );
      return [...rows].sort((a, b) => a[1] - b[1]).map(([rule]) => rule);
    },
  });
}
