/** Input rules the simulated controller enforces (plain checks; node-side code). */

const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function ipv4ToNumber(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) return null;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

export const isIpv4 = (value: unknown): value is string =>
  typeof value === 'string' && ipv4ToNumber(value) !== null;

/** `a.b.c.d/n`, n in 0..32, with no host bits set. */
export function isCidr(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(value);
  if (!match?.[1] || match[2] === undefined) return false;
  const address = ipv4ToNumber(match[1]);
  const bits = Number(match[2]);
  if (address === null || bits > 32) return false;
  const hostSize = 2 ** (32 - bits);
  return address % hostSize === 0;
}

export function netmaskOf(cidr: string): string {
  const bits = Number(cidr.split('/')[1] ?? 0);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [24, 16, 8, 0].map((shift) => (mask >>> shift) & 255).join('.');
}

export function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Integer in range, also accepted as a decimal string (the API types some of these as strings). */
export function intFrom(value: unknown, min: number, max: number): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return isIntIn(number, min, max) ? number : null;
}

export const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

export const optionalString = (value: unknown): value is string | undefined | null =>
  value === undefined || value === null || typeof value === 'string';

export const optionalBoolean = (value: unknown): value is boolean | undefined =>
  value === undefined || typeof value === 'boolean';
