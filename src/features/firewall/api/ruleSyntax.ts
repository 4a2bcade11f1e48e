/** Client-side mirror of the controller's iptables parse checks, with friendlier messages. */

export const V1_CHAINS = [
  'PREROUTING_CUST',
  'POSTROUTING_CUST',
  'FORWARD_CUST',
  'INPUT_CUST',
  'OUTPUT_CUST',
  'MACRO_CUST',
] as const;
const V1_SUBGROUP_PREFIXES = ['PRE_C_', 'PST_C_', 'FWD_C_', 'INP_C_', 'OUT_C_'];
export const V2_CHAINS = ['PREROUTING', 'POSTROUTING', 'FORWARD', 'INPUT', 'OUTPUT'] as const;

const TABLES = new Set(['filter', 'nat', 'mangle', 'raw']);
const ADDRESS_FLAGS = new Set(['-s', '-d', '--source', '--destination']);
const PORT_FLAGS = new Set(['--dport', '--sport', '--destination-port', '--source-port']);
const TARGET = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function isCidr(value: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(value);
  if (!match) return false;
  if (match.slice(1, 5).some((octet) => Number(octet) > 255)) return false;
  return match[5] === undefined || Number(match[5]) <= 32;
}

export function isPortSpec(value: string): boolean {
  const parts = value.split(':');
  if (parts.length > 2) return false;
  const ports = parts.map((part) => (/^\d{1,5}$/.test(part) ? Number(part) : NaN));
  if (ports.some((port) => !(port >= 1 && port <= 65535))) return false;
  return ports.length === 1 || (ports[0] ?? 0) <= (ports[1] ?? 0);
}

const isV1Chain = (chain: string) =>
  (V1_CHAINS as readonly string[]).includes(chain) ||
  V1_SUBGROUP_PREFIXES.some((prefix) => chain.startsWith(prefix) && chain.length > prefix.length);
const isV2Chain = (chain: string) => (V2_CHAINS as readonly string[]).includes(chain);

function syntaxMessage(
  rule: string,
  chainOk: (chain: string) => boolean,
  chains: string,
): string | null {
  const tokens = rule.trim().split(/\s+/);
  const chain = tokens[0] ?? '';
  if (chain === '') return 'Enter a rule';
  if (!chainOk(chain)) return `Start with a chain: ${chains} (not ${chain})`;
  let target = false;
  for (let i = 1; i < tokens.length; i += 1) {
    const flag = tokens[i] ?? '';
    let value = tokens[i + 1];
    if (value === '!' && (ADDRESS_FLAGS.has(flag) || PORT_FLAGS.has(flag))) {
      i += 1;
      value = tokens[i + 1];
    }
    if (flag === '-t' || flag === '--table') {
      if (!value || !TABLES.has(value))
        return `Unknown table ${value ?? ''} (use filter, nat, mangle or raw)`;
      i += 1;
    } else if (ADDRESS_FLAGS.has(flag)) {
      if (!value || !isCidr(value))
        return `${flag} needs an IPv4 address or CIDR, not ${value ?? 'nothing'}`;
      i += 1;
    } else if (PORT_FLAGS.has(flag)) {
      if (!value || !isPortSpec(value)) {
        return `${flag} needs a port 1–65535 or a range like 1024:2048, not ${value ?? 'nothing'}`;
      }
      i += 1;
    } else if (flag === '-j' || flag === '--jump') {
      if (!value || !TARGET.test(value)) return 'Add a target with -j, e.g. -j ACCEPT';
      target = true;
      i += 1;
    }
  }
  return target ? null : 'Add a target with -j, e.g. -j ACCEPT';
}

/** Why the controller would refuse this v1 rule, or null. */
export function v1RuleMessage(rule: string): string | null {
  return syntaxMessage(rule, isV1Chain, `${V1_CHAINS.join(', ')} or a subgroup chain (PRE_C_…)`);
}

/** `${name}` replaced by its value from `variables`; unknown names listed. */
export function resolveVariables(
  rule: string,
  variables: ReadonlyMap<string, string>,
): { resolved: string; unknown: string[] } {
  const unknown: string[] = [];
  const resolved = rule.replace(/\$\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = variables.get(name);
    if (value === undefined) unknown.push(name);
    return value ?? whole;
  });
  return { resolved, unknown };
}

/** Why the controller would refuse this v2 rule (after resolving variables), or null. */
export function v2RuleMessage(rule: string, variables: ReadonlyMap<string, string>): string | null {
  const { resolved, unknown } = resolveVariables(rule, variables);
  if (unknown.length > 0) return `\${${unknown[0] ?? ''}} is not a defined variable`;
  return syntaxMessage(resolved, isV2Chain, V2_CHAINS.join(', '));
}

/** Positions are 0-based; -1 appends; at most the current number of rules. */
export function positionMessage(value: string, count: number): string | null {
  if (value.trim() === '') return null;
  if (!/^-?\d+$/.test(value.trim())) return 'Enter a whole number, or leave empty to append';
  const position = Number(value);
  if (position === -1) return null;
  if (position < 0 || position > count) {
    return `Enter a position from 0 to ${count}, or -1 to append`;
  }
  return null;
}

export const positionValue = (value: string): number =>
  value.trim() === '' ? -1 : Number(value.trim());
