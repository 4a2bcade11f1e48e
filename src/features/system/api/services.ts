import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

/** `{"services":[{"openssh":"running"},{"nginx":"not running"}]}`: one single-key object each. */
export const servicesSchema = z.object({
  services: z.array(z.record(z.string(), z.string())),
});

export interface ServiceStatus {
  name: string;
  status: string;
  running: boolean;
}

export function flattenServices(data: z.infer<typeof servicesSchema>): ServiceStatus[] {
  return data.services
    .flatMap((entry) => Object.entries(entry))
    .map(([name, status]) => ({ name, status, running: status === 'running' }));
}

export function servicesQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.services(connectionId),
    queryFn: async ({ signal }) =>
      flattenServices(
        await client.json({ path: jidotekiPath('services'), signal }, servicesSchema),
      ),
    refetchInterval: 30_000,
    refetchIntervalInBackground: false,
  });
}
