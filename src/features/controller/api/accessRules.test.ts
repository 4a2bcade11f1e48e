import { describe, expect, it } from 'vitest';
import { fetchConfigSchema, urlAddressSchema } from './rules';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null);

describe('delete an access URL by its address', () => {
  it.each([
    ['', 'Enter the access URL'],
    ['pasted link', 'Enter an http:// or https:// URL'],
    ['ftp://203.0.113.10/access/x', 'Enter an http:// or https:// URL'],
  ])('refuses %j', (address, message) => {
    expect(firstMessage(urlAddressSchema.safeParse({ address }))).toBe(message);
  });

  it('accepts and trims an https address', () => {
    expect(urlAddressSchema.parse({ address: ' https://203.0.113.10:8000/access/abc ' })).toEqual({
      address: 'https://203.0.113.10:8000/access/abc',
    });
  });
});

describe('fetch the configuration of another controller', () => {
  it('needs an IPv4 host and a password', () => {
    expect(firstMessage(fetchConfigSchema.safeParse({ host: 'vns3.example', password: 'x' }))).toBe(
      'Enter the IPv4 address of the source controller',
    );
    expect(firstMessage(fetchConfigSchema.safeParse({ host: '198.51.100.20', password: '' }))).toBe(
      "Enter the source controller's API password",
    );
    expect(fetchConfigSchema.parse({ host: ' 198.51.100.20 ', password: 'p' })).toEqual({
      host: '198.51.100.20',
      password: 'p',
    });
  });
});
