import { queryOptions } from '@tanstack/react-query';
import { type HttpClient, parseBody, parseWith } from '@/api/http';
import { type ConfigLevel, configKeyName, configPath } from './configPath';
import { gatewayKeys } from './keys';
import { configFileSetSchema } from './schemas';

/** The latest config of a level; null when the server answers 204 (none saved yet). */
export function configQuery(connectionId: string, client: HttpClient, target: ConfigLevel) {
  return queryOptions({
    queryKey: [...gatewayKeys.config(connectionId, target.level, configKeyName(target)), 'latest'],
    queryFn: async ({ signal }) => {
      const response = await client.send({ path: configPath(target), signal });
      if (response.status === 204) return null;
      return parseWith(configFileSetSchema, await parseBody(response), `GET ${configPath(target)}`);
    },
  });
}
