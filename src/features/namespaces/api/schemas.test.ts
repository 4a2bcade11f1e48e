import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  announcementSchema,
  apiKeySchema,
  customerSchema,
  namespaceSchema,
  subscriptionSchema,
} from './schemas';

describe('ShellHub namespace schemas', () => {
  it('read a namespace with pending members and no billing', () => {
    const parsed = z.parse(namespaceSchema, {
      name: 'examplespace',
      owner: '507f1f77bcf86cd799439011',
      tenant_id: '3dd0d1f8-8246-4519-b11a-a3dd33717f65',
      members: [
        { id: '1', username: 'a', email: 'a@b.co', role: 'owner', status: 'accepted' },
        { id: '2', role: 'observer', status: 'pending' },
      ],
      settings: { session_record: true, connection_announcement: '' },
      max_devices: 3,
      device_count: 0,
      created_at: '2020-05-01T00:00:00.000Z',
      billing: null,
    });
    expect(parsed.members[1]?.status).toBe('pending');
  });

  it('refuse an unknown role', () => {
    const key = {
      tenant_id: 't',
      created_by: 'u',
      role: 'root',
      name: 'dev',
      expires_in: -1,
      created_at: '',
      updated_at: '',
    };
    expect(z.safeParse(apiKeySchema, key).success).toBe(false);
    expect(z.safeParse(apiKeySchema, { ...key, role: 'operator' }).success).toBe(true);
  });

  it('read billing objects with null lists', () => {
    expect(
      z.parse(customerSchema, { id: 'cus_1', name: 'n', email: 'e', payment_methods: null })
        .payment_methods,
    ).toBeNull();
    expect(
      z.parse(subscriptionSchema, {
        id: 'sub_1',
        active: true,
        status: 'active',
        end_at: 31536000,
        invoices: null,
      }).end_at,
    ).toBe(31536000);
  });

  it('read an announcement', () => {
    expect(
      z.safeParse(announcementSchema, { uuid: 'u', title: 't', content: '# x', date: 'd' }).success,
    ).toBe(true);
  });
});
