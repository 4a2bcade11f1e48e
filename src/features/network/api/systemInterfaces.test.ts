import { describe, expect, it } from 'vitest';
import { addressFormSchema, addressValues } from './addresses';
import { systemInterfaceFormSchema, systemInterfaceValues } from './systemInterfaces';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));

describe('system interface form', () => {
  it('accepts what the controller accepts', () => {
    const values = { ...systemInterfaceValues(), name: 'eth1.100', ipInternal: '10.20.0.5' };
    expect(systemInterfaceFormSchema.safeParse(values).success).toBe(true);
    expect(
      systemInterfaceFormSchema.safeParse({ ...values, maskBits: '24', mtu: '9001' }).success,
    ).toBe(true);
  });

  it('says what is wrong next to each field', () => {
    const result = systemInterfaceFormSchema.safeParse({
      ...systemInterfaceValues(),
      name: 'eth 1',
      ipInternal: '10.20.0.256',
      maskBits: '33',
      gateway: 'router',
      mtu: '9002',
    });
    expect(messages(result)).toEqual({
      name: 'Up to 15 letters, digits, . : - or _',
      ipInternal: 'Enter an IPv4 address like 192.0.2.10',
      maskBits: 'The prefix length is 1–32',
      gateway: 'Enter an IPv4 address like 192.0.2.10',
      mtu: 'The MTU is 500–9001',
    });
    expect(
      messages(systemInterfaceFormSchema.safeParse({ ...systemInterfaceValues(), name: '' })),
    ).toEqual({ name: 'Enter a name' });
    expect(
      messages(
        systemInterfaceFormSchema.safeParse({
          ...systemInterfaceValues(),
          name: 'a-very-long-name-1',
        }),
      ),
    ).toEqual({ name: 'Up to 15 letters, digits, . : - or _' });
  });

  it('fills the form from an interface', () => {
    expect(
      systemInterfaceValues({
        id: 4,
        name: 'eth0',
        interface_type: 'system',
        ip_internal: '192.168.1.211',
        mask_bits: '24',
        gateway: null,
        mtu: 9001,
        enabled: false,
      }),
    ).toMatchObject({ name: 'eth0', maskBits: '24', gateway: '', mtu: '9001', enabled: false });
  });

  it('edits addresses with the same rules as adding them', () => {
    const values = addressValues({
      id: 31,
      label: 'vip',
      ip_internal: '192.168.1.240',
      mask_bits: 32,
      gateway: null,
    });
    expect(values).toEqual({
      label: 'vip',
      ipInternal: '192.168.1.240',
      maskBits: '32',
      gateway: '',
    });
    expect(messages(addressFormSchema.safeParse({ ...values, label: ' ', maskBits: '0' }))).toEqual(
      { label: 'Enter a label', maskBits: 'The prefix length is 1–32' },
    );
  });
});
