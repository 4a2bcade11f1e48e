import { z } from 'zod/mini';

export const roleSchema = z.enum(['observer', 'operator', 'administrator', 'owner']);

export const memberSchema = z.object({
  id: z.string(),
  username: z.optional(z.string()),
  email: z.optional(z.string()),
  role: roleSchema,
  /** 0.17.1 cloud: `accepted` or `pending` (invited, not accepted yet). */
  status: z.optional(z.string()),
  added_at: z.optional(z.string()),
});

export const namespaceSchema = z.object({
  name: z.string(),
  owner: z.string(),
  tenant_id: z.string(),
  members: z.array(memberSchema),
  settings: z.object({
    session_record: z.boolean(),
    connection_announcement: z.optional(z.string()),
  }),
  max_devices: z.number(),
  device_count: z.optional(z.number()),
  created_at: z.optional(z.string()),
  billing: z.optional(
    z.nullable(
      z.object({
        active: z.boolean(),
        status: z.string(),
      }),
    ),
  ),
});

export type Namespace = z.infer<typeof namespaceSchema>;
export type Member = z.infer<typeof memberSchema>;

export const apiKeySchema = z.object({
  tenant_id: z.string(),
  created_by: z.string(),
  role: roleSchema,
  name: z.string(),
  /** epoch seconds; -1 = never */
  expires_in: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});

export type ApiKey = z.infer<typeof apiKeySchema>;

export const paymentMethodSchema = z.object({
  id: z.string(),
  number: z.string(),
  brand: z.string(),
  exp_month: z.number(),
  exp_year: z.number(),
  default: z.boolean(),
});

export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

export const customerSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  payment_methods: z.nullable(z.array(paymentMethodSchema)),
});

export type Customer = z.infer<typeof customerSchema>;

export const invoiceSchema = z.object({
  id: z.string(),
  status: z.string(),
  currency: z.string(),
  amount: z.number(),
});

export const subscriptionSchema = z.object({
  id: z.string(),
  active: z.boolean(),
  status: z.string(),
  /** unix seconds */
  end_at: z.number(),
  invoices: z.nullable(z.array(invoiceSchema)),
});

export type Subscription = z.infer<typeof subscriptionSchema>;

export const usedDeviceSchema = z.object({
  uid: z.string(),
  name: z.string(),
  online: z.optional(z.boolean()),
  last_seen: z.optional(z.string()),
});

export type UsedDevice = z.infer<typeof usedDeviceSchema>;

export const evaluationSchema = z.object({ can_accept: z.boolean(), can_connect: z.boolean() });

export const announcementShortSchema = z.object({
  uuid: z.string(),
  title: z.string(),
  date: z.string(),
});

export const announcementSchema = z.object({
  uuid: z.string(),
  title: z.string(),
  content: z.string(),
  date: z.string(),
});

export type AnnouncementShort = z.infer<typeof announcementShortSchema>;
export type Announcement = z.infer<typeof announcementSchema>;
