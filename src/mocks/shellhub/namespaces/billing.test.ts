// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addUser, api, control, demoOwner, newInstance } from './test-helpers.ts';

const post = (id: string, path: string, body?: unknown) =>
  api(id, 'POST', `/api/billing/${path}`, demoOwner, body);

describe('ShellHub billing', () => {
  it('needs a customer first, then attaches cards and subscribes', async () => {
    const id = newInstance();
    expect((await api(id, 'GET', '/api/billing/customer')).status).toBe(400);
    expect((await post(id, 'paymentmethod/attach', { id: 'pm_card_visa' })).status).toBe(400);
    expect((await post(id, 'customer')).status).toBe(200);
    expect((await post(id, 'customer')).status).toBe(409);
    expect((await post(id, 'subscription')).status).toBe(400);
    expect((await post(id, 'paymentmethod/attach', { id: 'pm_card_visa' })).status).toBe(200);
    expect((await post(id, 'paymentmethod/attach', { id: 'pm_card_mastercard' })).status).toBe(200);
    const customer = (await (await api(id, 'GET', '/api/billing/customer')).json()) as {
      id: string;
      email: string;
      payment_methods: { id: string; number: string; brand: string; default: boolean }[];
    };
    expect(customer.id).toMatch(/^cus_/);
    expect(customer.email).toBe('demo@example.com');
    expect(customer.payment_methods).toEqual([
      expect.objectContaining({ brand: 'visa', number: 'xxxxxxxxxxxx4242', default: true }),
      expect.objectContaining({ brand: 'mastercard', default: false }),
    ]);
    const [visa, mastercard] = customer.payment_methods;
    expect((await post(id, 'paymentmethod/default', { id: mastercard?.id })).status).toBe(200);
    expect((await post(id, 'subscription')).status).toBe(200);
    const subscription = (await (await api(id, 'GET', '/api/billing/subscription')).json()) as {
      active: boolean;
      status: string;
      invoices: { status: string }[];
    };
    expect(subscription).toMatchObject({ active: true, status: 'active' });
    expect(subscription.invoices[0]?.status).toBe('paid');
    expect((await post(id, 'paymentmethod/detach', { id: visa?.id })).status).toBe(200);
    // the last card of an active subscription stays
    expect((await post(id, 'paymentmethod/detach', { id: mastercard?.id })).status).toBe(400);
  });

  it('declines the Stripe test card that is declined, and unknown ids', async () => {
    const id = newInstance();
    await post(id, 'customer');
    const declined = await post(id, 'paymentmethod/attach', { id: 'pm_card_chargeDeclined' });
    expect(await declined.json()).toEqual({
      message: 'Your card was declined.',
      code: 'card_declined',
    });
    expect((await post(id, 'paymentmethod/attach', { id: 'pm_unknown' })).status).toBe(400);
    expect((await post(id, 'paymentmethod/attach', { id: 'card' })).status).toBe(400);
  });

  it('is owner only', async () => {
    const id = newInstance();
    const admin = await addUser(id, { username: 'ada', role: 'administrator' });
    expect((await api(id, 'GET', '/api/billing/subscription', admin)).status).toBe(403);
  });

  it('evaluates the device limit and records the device choice', async () => {
    const id = newInstance();
    const devices = ['a', 'b', 'c', 'd'].map((uid) => ({ uid, name: `dev-${uid}` }));
    await control(id, { billing: { maxDevices: 3, devicesMostUsed: devices } });
    const used = await api(id, 'GET', '/api/billing/devices-most-used');
    expect(used.headers.get('X-Total-Count')).toBe('4');
    expect(await (await post(id, 'evaluate')).json()).toEqual({
      can_accept: false,
      can_connect: false,
    });
    expect((await post(id, 'device-choice', { choices: ['a', 'b', 'c', 'd'] })).status).toBe(400);
    expect((await post(id, 'device-choice', { choices: ['zz'] })).status).toBe(400);
    expect((await post(id, 'device-choice', { choices: ['a', 'c'] })).status).toBe(200);
    expect(await (await post(id, 'evaluate')).json()).toEqual({
      can_accept: false,
      can_connect: true,
    });
  });

  it('refuses to accept a device over the limit without a subscription (402)', async () => {
    const id = newInstance();
    const list = await api(id, 'GET', '/api/devices?status=pending');
    const [pending] = (await list.json()) as { uid: string }[];
    const devices = ['a', 'b', 'c'].map((uid) => ({ uid, name: `dev-${uid}` }));
    await control(id, { billing: { maxDevices: 3, devicesMostUsed: devices } });
    const accept = () => api(id, 'PATCH', `/api/devices/${pending!.uid}/accept`);
    expect((await accept()).status).toBe(402);
    await control(id, { billing: { subscription: 'active' } });
    expect((await accept()).status).toBe(200);
  });

  it('reports only the documented actions', async () => {
    const id = newInstance();
    expect((await post(id, 'report?action=device_accept')).status).toBe(200);
    expect((await post(id, 'report?action=other')).status).toBe(400);
  });
});

describe('ShellHub announcements', () => {
  it('lists newest first without content, and reads one; no credential needed', async () => {
    const id = newInstance();
    await control(id, {
      announcements: [
        { uuid: 'u-old', title: 'Old', content: 'old', date: '2024-01-01T00:00:00Z' },
        { uuid: 'u-new', title: 'New', content: '# New <script>', date: '2025-01-01T00:00:00Z' },
      ],
    });
    const list = await api(id, 'GET', '/api/announcements?per_page=1', null);
    expect(list.headers.get('X-Total-Count')).toBe('2');
    expect(await list.json()).toEqual([
      { uuid: 'u-new', title: 'New', date: '2025-01-01T00:00:00.000Z' },
    ]);
    const one = await api(id, 'GET', '/api/announcements/u-new', null);
    expect(await one.json()).toMatchObject({ content: '# New <script>' });
    expect((await api(id, 'GET', '/api/announcements/missing', null)).status).toBe(404);
  });
});
