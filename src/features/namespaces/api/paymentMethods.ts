import type { HttpClient } from '@/api/http';

export type PaymentMethodAction = 'attach' | 'detach' | 'default';

/** POST /api/billing/paymentmethod/{attach|detach|default} {id: "pm_…"}. */
export async function changePaymentMethod(
  client: HttpClient,
  action: PaymentMethodAction,
  id: string,
): Promise<void> {
  await client.send({ method: 'POST', path: `/api/billing/paymentmethod/${action}`, body: { id } });
}

/**
 * Stripe's test-mode payment methods. Real cards become a `pm_` id in the browser through
 * Stripe.js, which this console does not load; these ids are what Stripe.js gives in test mode.
 */
export const TEST_PAYMENT_METHODS = [
  { value: 'pm_card_visa', label: 'Visa ending 4242' },
  { value: 'pm_card_mastercard', label: 'Mastercard ending 4444' },
  { value: 'pm_card_amex', label: 'American Express ending 8431' },
  { value: 'pm_card_chargeDeclined', label: 'Visa ending 0002 (declined)' },
] as const;
