import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { namespacesKeys } from './keys';
import { type Customer, customerSchema } from './schemas';

/** GET /api/billing/customer; null while the customer does not exist yet (the server says 400). */
export async function fetchCustomer(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<Customer | null> {
  try {
    return await client.json({ path: '/api/billing/customer', signal }, customerSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return null;
    throw error;
  }
}

export function customerQuery(connectionId: string, client: HttpClient, tenant: string) {
  return queryOptions({
    queryKey: namespacesKeys.customer(connectionId, tenant),
    queryFn: ({ signal }) => fetchCustomer(client, signal),
  });
}

/** POST /api/billing/customer: creates the (Stripe) customer for the namespace owner. */
export async function createCustomer(client: HttpClient): Promise<void> {
  await client.send({ method: 'POST', path: '/api/billing/customer' });
}
