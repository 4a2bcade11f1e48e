/** Client-side mirrors of the VNS3 controller's input rules (the simulator enforces the same). */

const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function ipv4Number(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) return null;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

export const isIpv4 = (text: string) => ipv4Number(text) !== null;

export type CidrProblem = 'format' | 'prefix' | 'host-bits';

/** Why `a.b.c.d/n` is not a clean IPv4 network, or null when it is. */
export function cidrProblem(text: string): CidrProblem | null {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(text.trim());
  if (!match?.[1] || match[2] === undefined) return 'format';
  const address = ipv4Number(match[1]);
  if (address === null) return 'format';
  const bits = Number(match[2]);
  if (bits > 32) return 'prefix';
  return address % 2 ** (32 - bits) === 0 ? null : 'host-bits';
}

/** The network a CIDR with host bits belongs to: `10.0.0.7/24` → `10.0.0.0/24`. */
export function networkOf(text: string): string | null {
  const [address, bitsText] = text.trim().split('/');
  const value = address ? ipv4Number(address) : null;
  const bits = Number(bitsText);
  if (value === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return null;
  const size = 2 ** (32 - bits);
  const network = value - (value % size);
  return `${[24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.')}/${bits}`;
}

export function cidrMessage(text: string): string | null {
  switch (cidrProblem(text)) {
    case null:
      return null;
    case 'format':
      return 'Enter a network as a.b.c.d/n, e.g. 10.0.0.0/24';
    case 'prefix':
      return 'The prefix length must be between 0 and 32';
    case 'host-bits':
      return `Host bits are set: did you mean ${networkOf(text) ?? 'the network address'}?`;
  }
}

/** A whole number within [min, max], written in decimal. */
export function intInRange(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const value = Number(text);
  return value >= min && value <= max;
}

export const ASN_MAX = 4_294_967_295;

/** `in permit 10.0.0.0/8` lines of an eBGP access list; the first bad line, or null. */
export function badAccessListLine(text: string): string | null {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .find((line) => {
        const match = /^(in|out) (permit|deny) (\S+)$/.exec(line);
        return !match?.[3] || cidrProblem(match[3]) !== null;
      }) ?? null
  );
}

export const HOSTNAME =
  /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
