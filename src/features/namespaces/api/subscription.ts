import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { namespacesKeys } from './keys';
import { subscriptionSchema } from './schemas';

export function subscriptionQuery(connectionId: string, client: HttpClient, tenant: string) {
  return queryOptions({
    queryKey: namespacesKeys.subscription(connectionId, tenant),
    queryFn: ({ signal }) =>
      client.json({ path: '/api/billing/subscription', signal }, subscriptionSchema),
  });
}

/** POST /api/billing/subscription: subscribes with the default payment method. */
export async function createSubscription(client: HttpClient): Promise<void> {
  await client.send({ method: 'POST', path: '/api/billing/subscription' });
}

export const ACTIVE_STATUSES = ['active', 'trialing', 'past_due', 'to_cancel_at_end_of_period'];

/** Cents to "$12.00" / "R$ 12,00". */
export function formatAmount(cents: number, currency: string): string {
  return new Intl.NumberFormat(currency === 'brl' ? 'pt-BR' : 'en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
  }).format(cents / 100);
}
