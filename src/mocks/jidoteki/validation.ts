import type { ApplianceSettings, NetworkSettings } from './fixtures.ts';

const charRange = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join('');

export const ASCII_PRINTABLE = charRange(33, 126);
export const ASCII_ALPHANUMERIC = charRange(48, 57) + charRange(65, 90) + charRange(97, 122);
export const ASCII_IPADDRESS = 'abcdef0123456789ABCDEF.:';
export const ASCII_FQDN = `${ASCII_ALPHANUMERIC}.-`;
export const ASCII_NUMERIC = charRange(48, 57);

export type Range = readonly [min: number, max: number];

export const RANGE_FQDN: Range = [3, 255];
export const RANGE_IPADDRESS: Range = [3, 45];
export const RANGE_NETMASK: Range = [2, 45];

export interface FieldRule {
  option: string;
  chars: string;
  range: Range;
  required: boolean;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; message: string | null };

export function toPicoString(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function validateString(value: unknown, option: string, chars: string): string | null {
  const text = toPicoString(value);
  const invalid =
    text === undefined || [...(text ?? '')].some((char) => !chars.includes(char.toLowerCase()));
  return invalid ? `Missing or invalid string for option: ${option}. Allowed: ${chars}` : null;
}

export function validateRange(value: unknown, option: string, [min, max]: Range): string | null {
  const text = toPicoString(value);
  const length = text ? [...text].length : 0;
  return text && length >= min && length <= max
    ? null
    : `Invalid string length for option: ${option}. Allowed: >= ${min} and <= ${max}`;
}

export function validateStringRange(
  value: unknown,
  option: string,
  chars: string,
  range: Range,
): string | null {
  return validateString(value, option, chars) ?? validateRange(value, option, range);
}

function validateRules(
  source: Record<string, unknown>,
  rules: readonly FieldRule[],
): string | null {
  for (const rule of rules) {
    const value = source[rule.option];
    if (!rule.required && toPicoString(value) === null) continue;
    const message = validateStringRange(value, rule.option, rule.chars, rule.range);
    if (message) return message;
  }
  return null;
}

export function validateNewToken(value: unknown): string | null {
  return validateStringRange(value, 'newtoken', ASCII_PRINTABLE, [1, 255]);
}

export const NETWORK_RULES: readonly FieldRule[] = [
  { option: 'interface', chars: ASCII_ALPHANUMERIC, range: [3, 14], required: true },
  { option: 'hostname', chars: ASCII_FQDN, range: RANGE_FQDN, required: true },
  { option: 'ip_address', chars: ASCII_IPADDRESS, range: RANGE_IPADDRESS, required: false },
  { option: 'netmask', chars: `${ASCII_IPADDRESS}/`, range: RANGE_NETMASK, required: false },
  { option: 'gateway', chars: ASCII_IPADDRESS, range: RANGE_IPADDRESS, required: false },
  { option: 'dns1', chars: ASCII_IPADDRESS, range: RANGE_IPADDRESS, required: false },
  { option: 'dns2', chars: ASCII_IPADDRESS, range: RANGE_IPADDRESS, required: false },
  { option: 'ntpserver', chars: `${ASCII_FQDN}:`, range: RANGE_FQDN, required: false },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateSettings(input: unknown): Validation<ApplianceSettings> {
  if (!isRecord(input)) return { ok: false, message: null };
  const network = isRecord(input.network) ? input.network : {};
  const message = validateRules(network, NETWORK_RULES);
  if (message) return { ok: false, message };
  const present = (field: string) => toPicoString(network[field]) !== null;
  const isStatic = present('ip_address') && present('netmask') && present('gateway');
  const stored: NetworkSettings = { mode: isStatic ? 'static' : 'dhcp' };
  for (const [field, value] of Object.entries(network)) {
    if (field !== 'mode') stored[field] = value;
  }
  return { ok: true, value: { network: stored, app: input.app ?? {} } };
}

const ip = { option: 'ip', chars: ASCII_IPADDRESS, range: RANGE_IPADDRESS, required: true };

export const STORAGE_RULES: Readonly<Record<string, readonly FieldRule[]>> = {
  local: [],
  nfs: [
    {
      option: 'mount_options',
      chars: `${ASCII_ALPHANUMERIC}.-=,`,
      range: RANGE_FQDN,
      required: true,
    },
    ip,
    { option: 'share', chars: `${ASCII_ALPHANUMERIC}.-_/`, range: RANGE_FQDN, required: true },
  ],
  aoe: [{ option: 'device', chars: ASCII_FQDN, range: RANGE_FQDN, required: true }],
  iscsi: [
    { option: 'target', chars: `${ASCII_ALPHANUMERIC}.-_:`, range: RANGE_FQDN, required: true },
    ip,
    { option: 'username', chars: ASCII_PRINTABLE, range: RANGE_FQDN, required: true },
    { option: 'password', chars: ASCII_PRINTABLE, range: RANGE_FQDN, required: true },
  ],
  nbd: [
    {
      option: 'export_name',
      chars: `${ASCII_ALPHANUMERIC}.-_/`,
      range: RANGE_FQDN,
      required: true,
    },
    ip,
    { option: 'port', chars: `${ASCII_NUMERIC}.-_/`, range: [1, 5], required: true },
  ],
};

export function validateStorage(
  input: unknown,
  options: readonly string[],
): Validation<Record<string, unknown>> {
  if (!isRecord(input)) return { ok: false, message: null };
  const storage = isRecord(input.storage) ? input.storage : {};
  const type = storage.type;
  const rules = typeof type === 'string' ? STORAGE_RULES[type] : undefined;
  if (typeof type !== 'string' || !options.includes(type) || !rules) {
    return { ok: false, message: `Invalid option: type. Allowed: ${options.join(', ')}` };
  }
  const message = validateRules(storage, rules);
  if (message) return { ok: false, message };
  return { ok: true, value: { ...storage } };
}
