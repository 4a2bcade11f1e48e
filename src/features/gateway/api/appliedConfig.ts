import { queryOptions } from '@tanstack/react-query';
import { type HttpClient, parseBody, parseWith } from '@/api/http';
import { configPath } from './configPath';
import { gatewayKeys } from './keys';
import { appliedConfigsSchema } from './schemas';

/** The merged config last delivered to the device; null on 204 (none delivered yet). */
export function appliedConfigQuery(connectionId: string, client: HttpClient, uuid: string) {
  const path = configPath({ level: 'device', uuid }, '/applied');
  return queryOptions({
    queryKey: [...gatewayKeys.config(connectionId, 'device', uuid), 'applied'],
    queryFn: async ({ signal }) => {
      const response = await client.send({ path, signal });
      if (response.status === 204) return null;
      return parseWith(appliedConfigsSchema, await parseBody(response), `GET ${path}`);
    },
  });
}
