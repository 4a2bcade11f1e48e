import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { type ConfigLevel, configKeyName, configPath } from './configPath';
import { gatewayKeys } from './keys';
import { configFileSetSchema } from './schemas';

/** Up to 10 earlier versions, newest first, with their files. */
export function configHistoryQuery(
  connectionId: string,
  client: HttpClient,
  target: ConfigLevel,
  limit: number,
) {
  return queryOptions({
    queryKey: [
      ...gatewayKeys.config(connectionId, target.level, configKeyName(target)),
      'history',
      limit,
    ],
    queryFn: async ({ signal }) =>
      (await client.json(
        {
          path: configPath(target, '/history'),
          query: { limit: String(limit), 'show-files': 'true' },
          signal,
        },
        z.nullable(z.array(configFileSetSchema)),
      )) ?? [],
  });
}
