/** Shape checks for IPv4 and IPv6 addresses and netmasks, as typed into appliance forms. */

const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** `192.168.1.100` → its four octets; leading zeros are refused (they read as octal elsewhere). */
export function parseIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) return null;
  return parts.map(Number);
}

/** Full, `::`-compressed or IPv4-suffixed (`::ffff:192.0.2.1`) IPv6 → its eight 16-bit groups. */
export function parseIPv6(text: string): number[] | null {
  if (!text.includes(':')) return null;
  let body = text;
  let suffix: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    suffix = [a * 256 + b, c * 256 + d];
    body = text.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const head = hextets(halves[0] ?? '');
  if (halves.length === 1) {
    return head && head.length + suffix.length === 8 ? [...head, ...suffix] : null;
  }
  const tail = hextets(halves[1] ?? '');
  if (!head || !tail) return null;
  const count = head.length + tail.length + suffix.length;
  if (count > 7) return null;
  return [...head, ...Array<number>(8 - count).fill(0), ...tail, ...suffix];
}

function hextets(part: string): number[] | null {
  if (part === '') return [];
  const groups = part.split(':');
  return groups.every((group) => HEXTET.test(group))
    ? groups.map((group) => parseInt(group, 16))
    : null;
}

export type IpFamily = 4 | 6;

export function ipFamily(text: string): IpFamily | null {
  if (parseIPv4(text)) return 4;
  if (parseIPv6(text)) return 6;
  return null;
}

/** Number of leading one bits when `words` (of `bits` each) form a contiguous mask, else null. */
function contiguousPrefix(words: number[], bits: number): number | null {
  const binary = words.map((word) => word.toString(2).padStart(bits, '0')).join('');
  const prefix = binary.indexOf('0') === -1 ? binary.length : binary.indexOf('0');
  return binary.slice(prefix).includes('1') ? null : prefix;
}

export interface Netmask {
  prefix: number;
  form: 'prefix' | 'ipv4' | 'ipv6';
}

/**
 * A netmask as `255.255.255.0`, an IPv6 mask such as `ffff:ffff:ffff:ffff::`, or a prefix
 * length with or without a slash (`/24`, `64`). With a family, only masks that fit it count.
 * An empty mask (`/0`, `0.0.0.0`) is refused: an interface address needs a network.
 */
export function parseNetmask(text: string, family?: IpFamily): Netmask | null {
  const prefixMatch = /^\/?(0|[1-9]\d{0,2})$/.exec(text);
  if (prefixMatch) {
    const prefix = Number(prefixMatch[1]);
    return prefix >= 1 && prefix <= (family === 4 ? 32 : 128) ? { prefix, form: 'prefix' } : null;
  }
  if (family !== 6) {
    const v4 = parseIPv4(text);
    if (v4) {
      const prefix = contiguousPrefix(v4, 8);
      return prefix !== null && prefix > 0 ? { prefix, form: 'ipv4' } : null;
    }
  }
  if (family !== 4) {
    const v6 = parseIPv6(text);
    if (v6) {
      const prefix = contiguousPrefix(v6, 16);
      return prefix !== null && prefix > 0 ? { prefix, form: 'ipv6' } : null;
    }
  }
  return null;
}
