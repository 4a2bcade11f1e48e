import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { type IpFamily, ipFamily, parseNetmask } from '@/lib/ipAddress';
import { RULES, checkField, reportIssues, textOf } from './fieldRules';
import { settingsFormData } from './settingsFile';
import { type ApplianceSettings, networkMode } from './settings';

export const NETWORK_FIELDS = [
  'interface',
  'hostname',
  'ip_address',
  'netmask',
  'gateway',
  'dns1',
  'dns2',
  'ntpserver',
] as const;

export type NetworkField = (typeof NETWORK_FIELDS)[number];

/** Sent only for a static address; leaving them out switches the appliance to DHCP. */
export const STATIC_FIELDS = ['ip_address', 'netmask', 'gateway'] as const;

export type NetworkMode = 'static' | 'dhcp';

export type NetworkFormValues = { mode: NetworkMode } & Record<NetworkField, string>;

const ADDRESS_SHAPE = 'Enter an IPv4 or IPv6 address, e.g. 192.168.1.100 or fd00::10';

function checkAddress(value: string, required: string | false): string | null {
  return (
    checkField(value, RULES.ipAddress, required) ??
    (value !== '' && ipFamily(value) === null ? ADDRESS_SHAPE : null)
  );
}

function netmaskShape(family: IpFamily | null): string {
  if (family === 4)
    return 'Enter a netmask such as 255.255.255.0, or a prefix length from /1 to /32';
  if (family === 6) return 'Enter a prefix length from 1 to 128 such as 64 or /64, or an IPv6 mask';
  return 'Enter a netmask such as 255.255.255.0, or a prefix length such as /24 or 64';
}

/**
 * The appliance's rules (API doc, "Settings validation (network)"), plus real address shapes:
 * a static address needs an IP address, a netmask or prefix, and a gateway of the same family.
 */
export function networkIssues(values: NetworkFormValues): Partial<Record<NetworkField, string>> {
  const issues: Partial<Record<NetworkField, string | null>> = {
    interface: checkField(
      values.interface,
      RULES.alphanumeric(3, 14),
      'Enter the interface name, e.g. eth0',
    ),
    hostname: checkField(values.hostname, RULES.fqdn, 'Enter the hostname'),
    dns1: checkAddress(values.dns1, false),
    dns2: checkAddress(values.dns2, false),
    ntpserver: checkField(values.ntpserver, RULES.ntpServer, false),
  };
  if (values.mode === 'static') {
    issues.ip_address = checkAddress(values.ip_address, 'Enter the IP address');
    const family = issues.ip_address ? null : ipFamily(values.ip_address);
    issues.netmask =
      checkField(values.netmask, RULES.netmask, 'Enter the netmask or prefix length') ??
      (parseNetmask(values.netmask, family ?? undefined) ? null : netmaskShape(family));
    issues.gateway = checkAddress(values.gateway, 'Enter the gateway');
    if (!issues.gateway && family && ipFamily(values.gateway) !== family) {
      issues.gateway = `Enter an IPv${family} gateway, like the IP address`;
    }
  }
  const found: Partial<Record<NetworkField, string>> = {};
  for (const field of NETWORK_FIELDS) {
    const message = issues[field];
    if (message) found[field] = message;
  }
  return found;
}

export const networkFormSchema = z
  .object({
    mode: z.enum(['static', 'dhcp']),
    interface: z.string(),
    hostname: z.string(),
    ip_address: z.string(),
    netmask: z.string(),
    gateway: z.string(),
    dns1: z.string(),
    dns2: z.string(),
    ntpserver: z.string(),
  })
  .check(z.superRefine((values, ctx) => reportIssues(networkIssues(values), ctx)));

/** The form filled from GET /settings (null: none yet, so DHCP and empty fields). */
export function networkFormDefaults(settings: ApplianceSettings | null): NetworkFormValues {
  const network: Record<string, unknown> = settings?.network ?? {};
  const values = { mode: settings ? networkMode(settings) : 'dhcp' } as NetworkFormValues;
  for (const field of NETWORK_FIELDS) values[field] = textOf(network[field]);
  return values;
}

export interface SettingsJson {
  network: Partial<Record<NetworkField, string>>;
  app?: unknown;
}

/**
 * settings.json for POST /settings. DHCP leaves out ip_address, netmask and gateway; empty
 * optional fields are left out; the appliance's `app` settings go back unchanged.
 */
export function toSettingsJson(values: NetworkFormValues, app: unknown): SettingsJson {
  const network: Partial<Record<NetworkField, string>> = {
    interface: values.interface,
    hostname: values.hostname,
  };
  if (values.mode === 'static') {
    for (const field of STATIC_FIELDS) network[field] = values[field];
  }
  for (const field of ['dns1', 'dns2', 'ntpserver'] as const) {
    if (values[field] !== '') network[field] = values[field];
  }
  return app === undefined || app === null ? { network } : { network, app };
}

/** Whether GET /settings now reports what was sent (no status field exists to poll). */
export function settingsReflect(
  sent: SettingsJson,
  current: ApplianceSettings | null | undefined,
): boolean {
  const network: Record<string, unknown> | undefined = current?.network;
  if (!network) return false;
  const mode: NetworkMode = sent.network.ip_address === undefined ? 'dhcp' : 'static';
  if (networkMode(current) !== mode) return false;
  return Object.entries(sent.network).every(([field, value]) => textOf(network[field]) === value);
}

/** POST /settings → 202; the appliance applies the settings in the background. */
export async function postSettings(
  client: HttpClient,
  json: SettingsJson,
  signal?: AbortSignal,
): Promise<void> {
  await client.send({
    method: 'POST',
    path: jidotekiPath('settings'),
    body: settingsFormData(json),
    signal,
  });
}

/** Whether applying `values` moves the appliance to another address (or to or from DHCP). */
export function changesAddress(
  settings: ApplianceSettings | null,
  values: NetworkFormValues,
): boolean {
  if (!settings) return false;
  if (networkMode(settings) !== values.mode) return true;
  return values.mode === 'static' && textOf(settings.network?.ip_address) !== values.ip_address;
}
