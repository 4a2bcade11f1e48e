import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { gatewayKeys } from './keys';
import { gw } from './paths';
import { rolloutSchema } from './schemas';

export function rolloutQuery(
  connectionId: string,
  client: HttpClient,
  tag: string,
  name: string,
  rollout: string,
) {
  return queryOptions({
    queryKey: [...gatewayKeys.update(connectionId, tag, name), 'rollouts', rollout],
    queryFn: ({ signal }) =>
      client.json({ path: gw.update(tag, name, 'rollouts', rollout), signal }, rolloutSchema),
    // Devices are assigned in the background: look again until the rollout is committed.
    refetchInterval: (query) => (query.state.data?.committed === false ? 1000 : false),
  });
}
