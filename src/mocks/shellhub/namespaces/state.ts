import { DEMO_TENANT } from '../state.ts';

/** Payment method as the billing routes return it; only the last four digits are kept. */
export interface PaymentMethod {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export type SubscriptionStatus =
  | 'inactive'
  | 'active'
  | 'trialing'
  | 'incomplete'
  | 'incomplete_expired'
  | 'past_due'
  | 'canceled'
  | 'unpaid'
  | 'paused'
  | 'to_cancel_at_end_of_period';

export interface Invoice {
  id: string;
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'voided';
  currency: 'usd' | 'brl';
  amount: number;
}

export interface BillingAccount {
  customerId: string | null;
  paymentMethods: PaymentMethod[];
  defaultPaymentMethod: string | null;
  subscription: {
    id: string;
    status: SubscriptionStatus;
    endAt: number;
    invoices: Invoice[];
  } | null;
  /** uids picked by `POST /api/billing/device-choice` */
  deviceChoices: string[];
  reports: { action: string; at: number }[];
}

export interface UsedDevice {
  uid: string;
  name: string;
  online: boolean;
  lastSeen: number;
  sessions: number;
}

export interface Announcement {
  uuid: string;
  title: string;
  content: string;
  date: number;
}

/** A pending membership: the e-mailed link carries tenant, user id and `sig`. */
export interface Invitation {
  tenantId: string;
  userId: string;
  sig: string;
  createdAt: number;
}

export interface NamespacesState {
  /** keyed by tenant id */
  billing: Record<string, BillingAccount>;
  /** Devices over the free limit, most used first; keyed by tenant id. */
  devicesMostUsed: Record<string, UsedDevice[]>;
  announcements: Announcement[];
  invitations: Invitation[];
  /** Makes ids unique within an instance. */
  counter: number;
}

export const WELCOME_ANNOUNCEMENT_UUID = '3dd0d1f8-8246-4519-b11a-a3dd33717f65';

export function createNamespacesState(now: number): NamespacesState {
  const day = 24 * 60 * 60 * 1000;
  return {
    billing: {},
    devicesMostUsed: {
      [DEMO_TENANT]: [
        { uid: 'a1b2c3d4e5f6', name: 'edge-router', online: true, lastSeen: now, sessions: 42 },
        { uid: 'b2c3d4e5f6a1', name: 'build-box', online: true, lastSeen: now, sessions: 17 },
        { uid: 'c3d4e5f6a1b2', name: 'camera-gw', online: false, lastSeen: now - day, sessions: 5 },
        {
          uid: 'd4e5f6a1b2c3',
          name: 'lab-pi',
          online: false,
          lastSeen: now - 7 * day,
          sessions: 1,
        },
      ],
    },
    announcements: [
      {
        uuid: WELCOME_ANNOUNCEMENT_UUID,
        title: 'Scheduled maintenance',
        content:
          '# Scheduled maintenance\n\nThe cloud API will be read-only on Saturday between 02:00 and 03:00 UTC.\n\n- Existing SSH sessions stay open\n- New devices are accepted afterwards',
        date: now - day,
      },
      {
        uuid: '8a6c2f0e-5b1d-4c3e-9f7a-2d4b6e8f0a1c',
        title: 'Welcome to ShellHub Cloud',
        content: 'Thanks for trying ShellHub. Read the **getting started** guide to add a device.',
        date: now - 30 * day,
      },
    ],
    invitations: [],
    counter: 0,
  };
}

export function billingOf(state: NamespacesState, tenantId: string): BillingAccount {
  const existing = state.billing[tenantId];
  if (existing) return existing;
  const created: BillingAccount = {
    customerId: null,
    paymentMethods: [],
    defaultPaymentMethod: null,
    subscription: null,
    deviceChoices: [],
    reports: [],
  };
  state.billing[tenantId] = created;
  return created;
}

export function nextId(state: NamespacesState, prefix: string): string {
  state.counter += 1;
  return `${prefix}_${state.counter.toString(36).padStart(6, '0')}SIM${state.counter}`;
}
