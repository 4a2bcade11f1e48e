import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { type HttpClient, parseBody, parseWith } from '@/api/http';
import { namespacesKeys } from './keys';
import { evaluationSchema, usedDeviceSchema } from './schemas';

/** How many devices stay usable over the free limit (`choices` has at most 3 uids). */
export const MAX_DEVICE_CHOICES = 3;

/** GET /api/billing/devices-most-used. */
export function devicesMostUsedQuery(connectionId: string, client: HttpClient, tenant: string) {
  return queryOptions({
    queryKey: namespacesKeys.devicesMostUsed(connectionId, tenant),
    queryFn: async ({ signal }) => {
      const response = await client.send({ path: '/api/billing/devices-most-used', signal });
      const devices = parseWith(
        z.nullable(z.array(usedDeviceSchema)),
        await parseBody(response),
        'GET /api/billing/devices-most-used',
      );
      return devices ?? [];
    },
  });
}

/** POST /api/billing/evaluate: whether the namespace may accept devices and connect now. */
export function evaluationQuery(connectionId: string, client: HttpClient, tenant: string) {
  return queryOptions({
    queryKey: namespacesKeys.evaluation(connectionId, tenant),
    queryFn: ({ signal }) =>
      client.json({ method: 'POST', path: '/api/billing/evaluate', signal }, evaluationSchema),
  });
}

/** POST /api/billing/device-choice {choices}: the devices that stay usable. */
export async function chooseDevices(client: HttpClient, choices: string[]): Promise<void> {
  await client.send({ method: 'POST', path: '/api/billing/device-choice', body: { choices } });
}

export type ReportAction = 'device_accept' | 'namespace_delete';

/** POST /api/billing/report?action=…: tells billing about an action that changes the bill. */
export async function reportAction(client: HttpClient, action: ReportAction): Promise<void> {
  await client.send({ method: 'POST', path: '/api/billing/report', query: { action } });
}
