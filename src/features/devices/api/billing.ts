import { z } from 'zod/mini';
import { type HttpClient, parseBody, parseWith } from '@/api/http';

/** `choices` of POST /api/billing/device-choice has at most 3 uids. */
export const MAX_DEVICE_CHOICES = 3;

const namespaceBillingSchema = z.object({
  tenant_id: z.string(),
  max_devices: z.optional(z.number()),
  billing: z.optional(z.nullable(z.object({ active: z.boolean() }))),
});

/** GET /api/namespaces/{tenant}: whether the namespace has an active subscription. */
export async function fetchBillingState(client: HttpClient, tenant: string, signal?: AbortSignal) {
  const namespace = await client.json(
    { path: `/api/namespaces/${encodeURIComponent(tenant)}`, signal },
    namespaceBillingSchema,
  );
  return { billed: namespace.billing?.active === true };
}

/** POST /api/billing/evaluate: may the namespace accept another device now? */
export function evaluateBilling(client: HttpClient) {
  return client.json(
    { method: 'POST', path: '/api/billing/evaluate' },
    z.object({ can_accept: z.boolean(), can_connect: z.boolean() }),
  );
}

/** POST /api/billing/report?action=device_accept: a billed namespace counts the new device. */
export async function reportDeviceAccept(client: HttpClient) {
  await client.send({
    method: 'POST',
    path: '/api/billing/report',
    query: { action: 'device_accept' },
  });
}

export const usedDeviceSchema = z.object({
  uid: z.string(),
  name: z.string(),
  online: z.optional(z.boolean()),
});
export type UsedDevice = z.infer<typeof usedDeviceSchema>;

/** GET /api/billing/devices-most-used (a null body means none). */
export async function fetchDevicesMostUsed(client: HttpClient, signal?: AbortSignal) {
  const response = await client.send({ path: '/api/billing/devices-most-used', signal });
  const devices = parseWith(
    z.nullable(z.array(usedDeviceSchema)),
    await parseBody(response),
    'GET /api/billing/devices-most-used',
  );
  return devices ?? [];
}

/** POST /api/billing/device-choice {choices}: the devices that stay usable over the limit. */
export async function chooseDevices(client: HttpClient, choices: string[]) {
  await client.send({ method: 'POST', path: '/api/billing/device-choice', body: { choices } });
}
