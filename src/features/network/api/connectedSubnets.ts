import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';
import { networkKeys } from './keys';

const subnetSchema = z.object({
  network: z.string(),
  netmask: z.string(),
  cidr: z.optional(z.string()),
  origin: z.optional(z.string()),
});

export type ConnectedSubnet = z.infer<typeof subnetSchema>;

/** GET /status/connected_subnets?extended_output=true: subnets and where each comes from. */
export function connectedSubnetsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: networkKeys.connectedSubnets(connectionId),
    queryFn: ({ signal }) =>
      vns3Json(
        client,
        {
          path: vns3Path('/status/connected_subnets'),
          query: { extended_output: 'true' },
          signal,
        },
        z.array(subnetSchema),
      ),
  });
}

export const ORIGIN_LABEL: Record<string, string> = {
  ipsec: 'IPsec',
  local_no_encryption: 'Local',
  remote_manager: 'Peer controller',
  ebgp: 'eBGP',
};
