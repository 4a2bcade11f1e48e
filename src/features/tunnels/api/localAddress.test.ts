import { describe, expect, it } from 'vitest';
import { localAddressSchema } from './localAddress';

describe('IPsec local address form', () => {
  it('takes one IPv4 address', () => {
    expect(localAddressSchema.safeParse({ address: ' 192.168.1.231 ' }).data).toEqual({
      address: '192.168.1.231',
    });
    expect(localAddressSchema.safeParse({ address: '' }).error?.issues[0]?.message).toBe(
      'Enter the IPsec local address',
    );
    expect(
      localAddressSchema.safeParse({ address: '192.168.1.0/24' }).error?.issues[0]?.message,
    ).toBe('Enter an IPv4 address like 192.0.2.10');
  });
});
