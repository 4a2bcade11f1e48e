import type { ApiKey, Namespace, ShellHubState } from '../state.ts';
import type { BillingAccount, PaymentMethod, UsedDevice } from './state.ts';

export const iso = (ms: number) => new Date(ms).toISOString();

export function memberView(state: ShellHubState, member: Namespace['members'][number]) {
  const user = state.users.find((candidate) => candidate.id === member.id);
  return {
    id: member.id,
    username: user?.username ?? '',
    email: user?.email ?? '',
    role: member.role,
    status: member.status === 'active' ? 'accepted' : 'pending',
    added_at: iso(member.addedAt),
  };
}

export function namespaceView(state: ShellHubState, namespace: Namespace) {
  const billing = state.namespacesSlice.billing[namespace.tenantId];
  return {
    name: namespace.name,
    owner: namespace.owner,
    tenant_id: namespace.tenantId,
    members: namespace.members.map((member) => memberView(state, member)),
    settings: {
      session_record: namespace.settings.session_record,
      connection_announcement: namespace.settings.connection_announcement,
    },
    max_devices: namespace.maxDevices,
    device_count: 0,
    created_at: iso(namespace.createdAt),
    billing: billing?.subscription ? billingSummary(billing) : null,
  };
}

function billingSummary(billing: BillingAccount) {
  const status = billing.subscription?.status ?? 'inactive';
  return {
    active: ACTIVE_STATUSES.includes(status),
    status,
    customer_id: billing.customerId ?? '',
    subscription_id: billing.subscription?.id ?? '',
    current_period_end: billing.subscription?.endAt ?? 0,
  };
}

export const ACTIVE_STATUSES: readonly string[] = [
  'active',
  'trialing',
  'past_due',
  'to_cancel_at_end_of_period',
];

export function apiKeyView(apiKey: ApiKey) {
  return {
    tenant_id: apiKey.tenantId,
    created_by: apiKey.createdBy,
    role: apiKey.role,
    name: apiKey.name,
    expires_in: apiKey.expiresIn,
    created_at: iso(apiKey.createdAt),
    updated_at: iso(apiKey.updatedAt),
  };
}

export function paymentMethodView(method: PaymentMethod, billing: BillingAccount) {
  return {
    id: method.id,
    number: `xxxxxxxxxxxx${method.last4}`,
    brand: method.brand,
    exp_month: method.expMonth,
    exp_year: method.expYear,
    cvc: 'xxx',
    default: billing.defaultPaymentMethod === method.id,
  };
}

export function usedDeviceView(device: UsedDevice, tenantId: string) {
  return {
    uid: device.uid,
    name: device.name,
    tenant_id: tenantId,
    online: device.online,
    last_seen: iso(device.lastSeen),
    status: 'accepted',
    sessions: device.sessions,
  };
}
