import { jsonResponse } from '../../framework/http.ts';
import { empty, invalid, json, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import type { Namespace, ShellHubState } from '../state.ts';
import { type BillingAccount, type PaymentMethod, billingOf, nextId } from './state.ts';
import { ACTIVE_STATUSES, paymentMethodView, usedDeviceView } from './views.ts';
import { tokenNamespace } from './access.ts';

/** Stripe's test payment methods, which a browser gets from Stripe.js in test mode. */
export const STRIPE_TEST_METHODS: Record<string, Omit<PaymentMethod, 'id'> | 'declined'> = {
  pm_card_visa: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', expMonth: 8, expYear: 2033 },
  pm_card_amex: { brand: 'amex', last4: '8431', expMonth: 3, expYear: 2032 },
  pm_card_chargeDeclined: 'declined',
};

const REPORT_ACTIONS = ['device_accept', 'namespace_delete'];
const DAY_SECONDS = 24 * 60 * 60;
/** Price per device and month, in cents. */
const DEVICE_PRICE = 300;

type Handler = (
  context: ShellHubRouteContext,
  namespace: Namespace,
  billing: BillingAccount,
) => ReturnType<ShellHubRoute['handle']>;

/** Billing is owner-only and reads the token's namespace. */
function billingRoute(method: ShellHubRoute['method'], path: string, run: Handler): ShellHubRoute {
  return {
    method,
    pattern: `/api/billing/${path}`,
    auth: 'jwt',
    minRole: 'owner',
    handle(context) {
      const namespace = tokenNamespace(context);
      if (!namespace) return message(404, 'namespace not found');
      return run(context, namespace, billingOf(context.state.namespacesSlice, namespace.tenantId));
    },
  };
}

const noCustomer = () => message(400, 'customer not found: create the customer first');

function customerView(state: ShellHubState, namespace: Namespace, billing: BillingAccount) {
  const owner = state.users.find((user) => user.id === namespace.owner);
  return {
    id: billing.customerId,
    name: owner?.name ?? '',
    email: owner?.email ?? '',
    payment_methods:
      billing.paymentMethods.length > 0
        ? billing.paymentMethods.map((method) => paymentMethodView(method, billing))
        : null,
  };
}

async function paymentMethodId(
  request: Request,
): Promise<{ ok: true; id: string } | { ok: false; outcome: ReturnType<typeof invalid> }> {
  const body = await readJsonObject(request);
  if (!body.ok) return body;
  const id = body.value.id;
  if (typeof id !== 'string' || !/^pm_[A-Za-z0-9_]+$/.test(id)) {
    return { ok: false, outcome: invalid({ id: 'must be a payment method id (pm_…)' }) };
  }
  return { ok: true, id };
}

function isActive(billing: BillingAccount): boolean {
  return ACTIVE_STATUSES.includes(billing.subscription?.status ?? 'inactive');
}

export const billingRoutes: ShellHubRoute[] = [
  billingRoute('GET', 'customer', ({ state }, namespace, billing) =>
    billing.customerId ? json(customerView(state, namespace, billing)) : noCustomer(),
  ),
  billingRoute('POST', 'customer', (context, _namespace, billing) => {
    if (billing.customerId) return message(409, 'the customer already exists');
    billing.customerId = nextId(context.state.namespacesSlice, 'cus');
    return empty(200);
  }),
  billingRoute('POST', 'paymentmethod/attach', async ({ state, request }, _namespace, billing) => {
    const given = await paymentMethodId(request);
    if (!given.ok) return given.outcome;
    if (!billing.customerId) return noCustomer();
    const template = STRIPE_TEST_METHODS[given.id];
    if (!template) return message(400, `No such PaymentMethod: '${given.id}'`);
    if (template === 'declined') {
      return {
        result: jsonResponse({ message: 'Your card was declined.', code: 'card_declined' }, 400),
      };
    }
    const method: PaymentMethod = { id: nextId(state.namespacesSlice, 'pm'), ...template };
    billing.paymentMethods.push(method);
    billing.defaultPaymentMethod ??= method.id;
    return empty(200);
  }),
  billingRoute('POST', 'paymentmethod/detach', async ({ request }, _namespace, billing) => {
    const given = await paymentMethodId(request);
    if (!given.ok) return given.outcome;
    if (!billing.customerId) return noCustomer();
    if (!billing.paymentMethods.some((method) => method.id === given.id)) {
      return message(404, 'payment method not found');
    }
    if (billing.paymentMethods.length === 1 && isActive(billing)) {
      return message(400, 'an active subscription needs a payment method: attach another first');
    }
    billing.paymentMethods = billing.paymentMethods.filter((method) => method.id !== given.id);
    if (billing.defaultPaymentMethod === given.id) {
      billing.defaultPaymentMethod = billing.paymentMethods[0]?.id ?? null;
    }
    return empty(200);
  }),
  billingRoute('POST', 'paymentmethod/default', async ({ request }, _namespace, billing) => {
    const given = await paymentMethodId(request);
    if (!given.ok) return given.outcome;
    if (!billing.customerId) return noCustomer();
    if (!billing.paymentMethods.some((method) => method.id === given.id)) {
      return message(404, 'payment method not found');
    }
    billing.defaultPaymentMethod = given.id;
    return empty(200);
  }),
  billingRoute('GET', 'subscription', (_context, _namespace, billing) => {
    const subscription = billing.subscription;
    if (!subscription) {
      return json({ id: '', active: false, status: 'inactive', end_at: 0, invoices: null });
    }
    return json({
      id: subscription.id,
      active: isActive(billing),
      status: subscription.status,
      end_at: subscription.endAt,
      invoices: subscription.invoices.length > 0 ? subscription.invoices : null,
    });
  }),
  billingRoute('POST', 'subscription', ({ state, now }, namespace, billing) => {
    if (!billing.customerId) return noCustomer();
    if (!billing.defaultPaymentMethod) {
      return message(400, 'a default payment method is needed to subscribe');
    }
    if (isActive(billing)) return message(409, 'the namespace already has an active subscription');
    const slice = state.namespacesSlice;
    const devices = Math.max(1, slice.devicesMostUsed[namespace.tenantId]?.length ?? 0);
    billing.subscription = {
      id: nextId(slice, 'sub'),
      status: 'active',
      endAt: Math.floor(now / 1000) + 30 * DAY_SECONDS,
      invoices: [
        {
          id: nextId(slice, 'in'),
          status: 'paid',
          currency: 'usd',
          amount: devices * DEVICE_PRICE,
        },
      ],
    };
    namespace.maxDevices = -1;
    billing.deviceChoices = [];
    return empty(200);
  }),
  billingRoute('POST', 'evaluate', ({ state }, namespace, billing) => {
    const count = state.namespacesSlice.devicesMostUsed[namespace.tenantId]?.length ?? 0;
    const limit = namespace.maxDevices;
    const unlimited = isActive(billing) || limit === -1;
    return json({
      can_accept: unlimited || count < limit,
      can_connect: unlimited || count <= limit || billing.deviceChoices.length > 0,
    });
  }),
  billingRoute('POST', 'report', ({ url, now }, _namespace, billing) => {
    const action = url.searchParams.get('action') ?? '';
    if (!REPORT_ACTIONS.includes(action)) {
      return invalid({ action: 'must be device_accept or namespace_delete' });
    }
    billing.reports.push({ action, at: now });
    return json('reported');
  }),
  billingRoute('GET', 'devices-most-used', ({ state }, namespace) => {
    const devices = state.namespacesSlice.devicesMostUsed[namespace.tenantId] ?? [];
    return json(
      devices.map((device) => usedDeviceView(device, namespace.tenantId)),
      200,
      { 'X-Total-Count': String(devices.length) },
    );
  }),
  billingRoute('POST', 'device-choice', async ({ state, request }, namespace, billing) => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.outcome;
    const { choices } = body.value;
    const known = new Set(
      (state.namespacesSlice.devicesMostUsed[namespace.tenantId] ?? []).map((device) => device.uid),
    );
    if (!Array.isArray(choices) || choices.some((choice) => typeof choice !== 'string')) {
      return invalid({ choices: 'must be a list of device uids' });
    }
    if (choices.length > 3) return invalid({ choices: 'must have at most 3 devices' });
    if (new Set(choices).size !== choices.length) {
      return invalid({ choices: 'must not repeat a device' });
    }
    const unknown = (choices as string[]).find((choice) => !known.has(choice));
    if (unknown) return invalid({ choices: `unknown device ${unknown}` });
    billing.deviceChoices = choices as string[];
    return empty(200);
  }),
];
