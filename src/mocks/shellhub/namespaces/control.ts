import { DEMO_TENANT } from '../state.ts';
import type { ShellHubState } from '../state.ts';
import type { ShellHubSliceControl } from '../routes.ts';
import { isRecord } from '../http.ts';
import { STRIPE_TEST_METHODS } from './billingRoutes.ts';
import {
  type Announcement,
  type SubscriptionStatus,
  type UsedDevice,
  billingOf,
  nextId,
} from './state.ts';
import { ACTIVE_STATUSES } from './views.ts';

type Apply = (state: ShellHubState, now: number) => void;

const STATUSES: readonly SubscriptionStatus[] = [
  'inactive',
  'active',
  'trialing',
  'incomplete',
  'incomplete_expired',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
  'to_cancel_at_end_of_period',
];

function parseAnnouncements(value: unknown): string | Apply {
  if (!Array.isArray(value)) return 'announcements must be an array';
  const items: Announcement[] = [];
  for (const [index, item] of value.entries()) {
    if (!isRecord(item) || typeof item.title !== 'string' || typeof item.content !== 'string') {
      return `announcements[${index}] needs a title and content (strings)`;
    }
    items.push({
      uuid: typeof item.uuid === 'string' ? item.uuid : crypto.randomUUID(),
      title: item.title,
      content: item.content,
      date: typeof item.date === 'string' ? Date.parse(item.date) : Date.now() - index * 60_000,
    });
  }
  return (state) => void (state.namespacesSlice.announcements = items);
}

/**
 * `billing: {tenant?, customer?: bool, paymentMethods?: [pm_card_*], subscription?: status,
 * maxDevices?, devicesMostUsed?: [{uid, name, online?, sessions?}]}`; tenant defaults to the demo.
 */
function parseBilling(value: unknown): string | Apply {
  if (!isRecord(value)) return 'billing must be an object';
  const tenant = typeof value.tenant === 'string' ? value.tenant : DEMO_TENANT;
  const methods = value.paymentMethods ?? [];
  if (
    !Array.isArray(methods) ||
    methods.some((id) => typeof id !== 'string' || typeof STRIPE_TEST_METHODS[id] !== 'object')
  ) {
    return `billing.paymentMethods must list ids among ${Object.keys(STRIPE_TEST_METHODS).join(', ')}`;
  }
  const status = value.subscription;
  if (status !== undefined && !STATUSES.includes(status as SubscriptionStatus)) {
    return `billing.subscription must be one of ${STATUSES.join(', ')}`;
  }
  const maxDevices = value.maxDevices;
  if (maxDevices !== undefined && !Number.isInteger(maxDevices)) {
    return 'billing.maxDevices must be an integer';
  }
  let devices: UsedDevice[] | undefined;
  if (value.devicesMostUsed !== undefined) {
    if (!Array.isArray(value.devicesMostUsed)) return 'billing.devicesMostUsed must be an array';
    devices = [];
    for (const item of value.devicesMostUsed) {
      if (!isRecord(item) || typeof item.uid !== 'string' || typeof item.name !== 'string') {
        return 'billing.devicesMostUsed items need uid and name';
      }
      devices.push({
        uid: item.uid,
        name: item.name,
        online: item.online === true,
        lastSeen: Date.now(),
        sessions: typeof item.sessions === 'number' ? item.sessions : 0,
      });
    }
  }
  return (state, now) => {
    const namespace = state.namespaces.find((candidate) => candidate.tenantId === tenant);
    if (!namespace) return;
    const slice = state.namespacesSlice;
    const billing = billingOf(slice, tenant);
    if (value.customer === true || methods.length > 0 || status !== undefined) {
      billing.customerId ??= nextId(slice, 'cus');
    }
    for (const id of methods as string[]) {
      const template = STRIPE_TEST_METHODS[id];
      if (typeof template !== 'object') continue;
      const created = { id: nextId(slice, 'pm'), ...template };
      billing.paymentMethods.push(created);
      billing.defaultPaymentMethod ??= created.id;
    }
    if (typeof status === 'string') {
      billing.subscription = {
        id: nextId(slice, 'sub'),
        status: status as SubscriptionStatus,
        endAt: Math.floor(now / 1000) + 30 * 24 * 60 * 60,
        invoices: [{ id: nextId(slice, 'in'), status: 'paid', currency: 'usd', amount: 900 }],
      };
      if (ACTIVE_STATUSES.includes(status)) namespace.maxDevices = -1;
    }
    if (typeof maxDevices === 'number') namespace.maxDevices = maxDevices;
    if (devices) slice.devicesMostUsed[tenant] = devices;
  };
}

export const namespacesControl: ShellHubSliceControl = {
  fields: ['announcements', 'billing'],
  parse(name, value) {
    if (name === 'announcements') return parseAnnouncements(value);
    if (name === 'billing') return parseBilling(value);
    return `Unknown control field: ${name}`;
  },
  snapshot: (state) => ({
    /** The simulated mailbox: one accept link per pending invitation. */
    invitations: state.namespacesSlice.invitations.map((invite) => ({
      tenant: invite.tenantId,
      userId: invite.userId,
      email: state.users.find((user) => user.id === invite.userId)?.email ?? '',
      sig: invite.sig,
    })),
    billing: state.namespacesSlice.billing,
  }),
};
