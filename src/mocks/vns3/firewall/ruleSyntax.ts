/** iptables-like rule checks shared by the v1 and v2 firewall; messages mimic the controller. */

const PREFIX = 'Parse Error - iptables v1.4.21: ';

export const V1_CHAINS = [
  'PREROUTING_CUST',
  'POSTROUTING_CUST',
  'FORWARD_CUST',
  'INPUT_CUST',
  'OUTPUT_CUST',
  'MACRO_CUST',
] as const;

export const V1_SUBGROUP_PREFIXES = ['PRE_C_', 'PST_C_', 'FWD_C_', 'INP_C_', 'OUT_C_'] as const;

export const V2_CHAINS = ['PREROUTING', 'POSTROUTING', 'FORWARD', 'INPUT', 'OUTPUT'] as const;

const TABLES = new Set(['filter', 'nat', 'mangle', 'raw']);
const ADDRESS_FLAGS = new Set(['-s', '-d', '--source', '--destination']);
const PORT_FLAGS = new Set(['--dport', '--sport', '--destination-port', '--source-port']);
const TARGET = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function isCidr(value: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(value);
  if (!match) return false;
  const octets = match.slice(1, 5).map(Number);
  if (octets.some((octet) => octet > 255)) return false;
  return match[5] === undefined || Number(match[5]) <= 32;
}

export function isPortSpec(value: string): boolean {
  const parts = value.split(':');
  if (parts.length > 2) return false;
  const ports = parts.map((part) => (/^\d{1,5}$/.test(part) ? Number(part) : NaN));
  if (ports.some((port) => !(port >= 1 && port <= 65535))) return false;
  return ports.length === 1 || (ports[0] ?? 0) <= (ports[1] ?? 0);
}

/** Returns the controller's parse error for a rule, or null when it looks like an iptables rule. */
export function ruleError(rule: string, chains: (chain: string) => boolean): string | null {
  const tokens = rule.trim().split(/\s+/);
  const chain = tokens[0] ?? '';
  if (chain === '') return 'rule is required';
  if (!chains(chain)) return `${PREFIX}unknown chain \`${chain}'`;
  let target = false;
  for (let i = 1; i < tokens.length; i += 1) {
    const flag = tokens[i] ?? '';
    let value = tokens[i + 1];
    if (value === '!' && (ADDRESS_FLAGS.has(flag) || PORT_FLAGS.has(flag))) {
      i += 1;
      value = tokens[i + 1];
    }
    if (flag === '-t' || flag === '--table') {
      if (!value || !TABLES.has(value)) {
        return `${PREFIX}can't initialize iptables table \`${value ?? ''}'`;
      }
      i += 1;
    } else if (ADDRESS_FLAGS.has(flag)) {
      if (!value || !isCidr(value)) return `${PREFIX}host/network \`${value ?? ''}' not found`;
      i += 1;
    } else if (PORT_FLAGS.has(flag)) {
      if (!value || !isPortSpec(value)) {
        return `${PREFIX}invalid port/service \`${value ?? ''}' specified`;
      }
      i += 1;
    } else if (flag === '-j' || flag === '--jump') {
      if (!value || !TARGET.test(value)) return `${PREFIX}no target (-j) given`;
      target = true;
      i += 1;
    }
  }
  return target ? null : `${PREFIX}no target (-j) given`;
}

export const isV1Chain = (chain: string) =>
  (V1_CHAINS as readonly string[]).includes(chain) ||
  V1_SUBGROUP_PREFIXES.some((prefix) => chain.startsWith(prefix) && chain.length > prefix.length);

export const isV2Chain = (chain: string) => (V2_CHAINS as readonly string[]).includes(chain);
