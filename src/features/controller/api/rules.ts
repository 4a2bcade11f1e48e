import { z } from 'zod/mini';
import { parseIPv4 } from '@/lib/ipAddress';

/** The controller's documented input rules, mirrored so bad input is never sent. */

export const isIPv4 = (text: string) => parseIPv4(text) !== null;

export function isIPv4Cidr(text: string): boolean {
  const [address, bits, extra] = text.split('/');
  if (extra !== undefined || address === undefined || bits === undefined) return false;
  return isIPv4(address) && /^(?:[0-9]|[12]\d|3[0-2])$/.test(bits);
}

export const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

const isAsn = (text: string) =>
  /^\d{1,10}$/.test(text) && Number(text) >= 1 && Number(text) <= 4_294_967_295;

const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
export const isHost = (text: string) => isIPv4(text) || HOSTNAME.test(text);

export const PASSWORD_MIN = 8;
export const TOKEN_EXPIRES = { min: 60, max: 31_536_000 } as const;
export const URL_EXPIRES = { min: 60, max: 259_200 } as const;
export const KEYSET_TOKEN_MAX = 128;

const required = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

const password = (what: string) =>
  z.string().check(
    z.minLength(PASSWORD_MIN, `${what} must be at least ${PASSWORD_MIN} characters`),
    z.refine((value) => !/\s/.test(value), `${what} must not contain spaces`),
  );

export const licenseParametersSchema = z
  .object({
    useDefault: z.boolean(),
    subnet: z.string().check(z.trim()),
    managers: z.string().check(z.trim()),
    asns: z.string().check(z.trim()),
    clients: z.string().check(z.trim()),
    my_manager_vip: z.string().check(z.trim()),
  })
  .check(
    z.refine((v) => v.useDefault || isIPv4Cidr(v.subnet), {
      path: ['subnet'],
      message: 'Enter an IPv4 network in CIDR form, for example 100.64.0.0/24',
    }),
    z.refine(
      (v) => v.useDefault || (words(v.managers).length > 0 && words(v.managers).every(isIPv4)),
      {
        path: ['managers'],
        message: 'Enter IPv4 addresses separated by spaces',
      },
    ),
    z.refine((v) => v.useDefault || (words(v.asns).length > 0 && words(v.asns).every(isAsn)), {
      path: ['asns'],
      message: 'Enter ASNs (1 to 4294967295) separated by spaces',
    }),
    z.refine((v) => v.useDefault || words(v.asns).length === words(v.managers).length, {
      path: ['asns'],
      message: 'Give one ASN per manager',
    }),
    z.refine((v) => v.useDefault || v.my_manager_vip === '' || isIPv4(v.my_manager_vip), {
      path: ['my_manager_vip'],
      message: 'Enter an IPv4 address, or leave it empty',
    }),
  );

export type LicenseParametersValues = z.infer<typeof licenseParametersSchema>;

export const keysetSchema = z.object({
  token: required('Enter the keyset token').check(
    z.maxLength(KEYSET_TOKEN_MAX, `At most ${KEYSET_TOKEN_MAX} characters`),
  ),
  topology_name: z.string().check(z.trim()),
  source: z.string().check(
    z.trim(),
    z.refine(
      (value) => value === '' || isIPv4(value),
      'Enter the IPv4 address of a peer controller',
    ),
  ),
});

export type KeysetValues = z.infer<typeof keysetSchema>;

export const SNAPSHOT_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export const snapshotSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.refine(
      (value) => value === '' || SNAPSHOT_NAME.test(value),
      'Use at most 64 letters, digits, dots, dashes and underscores',
    ),
  ),
});

export const fetchConfigSchema = z.object({
  host: z
    .string()
    .check(z.trim(), z.refine(isIPv4, 'Enter the IPv4 address of the source controller')),
  password: z.string().check(z.minLength(1, "Enter the source controller's API password")),
});

export type FetchConfigValues = z.infer<typeof fetchConfigSchema>;

const seconds = (range: { min: number; max: number }, what: string) =>
  z
    .number(`Enter ${what} in seconds`)
    .check(
      z.int(`Enter ${what} in whole seconds`),
      z.gte(range.min, `At least ${range.min} seconds`),
      z.lte(range.max, `At most ${range.max} seconds`),
    );

export const tokenSchema = z.object({
  name: required('Enter a name'),
  expires: seconds(TOKEN_EXPIRES, 'the lifetime'),
  refreshes: z.boolean(),
});

export type TokenValues = z.infer<typeof tokenSchema>;

export const accessUrlSchema = z
  .object({
    name: required('Enter a name'),
    description: z.string().check(z.trim()),
    expires: seconds(URL_EXPIRES, 'the lifetime'),
    kind: z.enum(['rs', 'cp']),
    clientpack: z.string().check(z.trim()),
  })
  .check(
    z.refine((v) => v.kind === 'rs' || /^\d{1,3}(?:_\d{1,3}){3}$/.test(v.clientpack), {
      path: ['clientpack'],
      message: 'Enter a clientpack name such as 100_64_0_10',
    }),
  );

export type AccessUrlValues = z.infer<typeof accessUrlSchema>;

export const urlAddressSchema = z.object({
  address: z.string().check(
    z.trim(),
    z.minLength(1, 'Enter the access URL'),
    z.refine((value) => /^https?:\/\/\S+$/i.test(value), 'Enter an http:// or https:// URL'),
  ),
});

export type UrlAddressValues = z.infer<typeof urlAddressSchema>;

export const apiPasswordSchema = z
  .object({ password: password('The password'), confirm: z.string() })
  .check(
    z.refine((v) => v.password === v.confirm, {
      path: ['confirm'],
      message: 'The passwords do not match',
    }),
  );

export type ApiPasswordValues = z.infer<typeof apiPasswordSchema>;

export const ADMIN_USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

export const adminUiSchema = z.object({
  enabled: z.boolean(),
  admin_username: z.string().check(
    z.trim(),
    z.refine(
      (value) => value === '' || ADMIN_USERNAME.test(value),
      'Use 3 to 32 letters, digits, dots, dashes or underscores',
    ),
  ),
  admin_password: z
    .string()
    .check(
      z.refine(
        (value) => value === '' || (value.length >= PASSWORD_MIN && !/\s/.test(value)),
        `At least ${PASSWORD_MIN} characters, without spaces (or leave empty to keep it)`,
      ),
    ),
});

export type AdminUiValues = z.infer<typeof adminUiSchema>;

export const controllerSettingsSchema = z.object({
  controller_name: z.string().check(z.trim(), z.maxLength(64, 'At most 64 characters')),
  topology_name: z.string().check(z.trim()),
  ntp_hosts: z.string().check(
    z.trim(),
    z.refine(
      (value) => words(value).every(isHost),
      'Enter host names or IPv4 addresses separated by spaces',
    ),
  ),
});

export type ControllerSettingsValues = z.infer<typeof controllerSettingsSchema>;

const isHttpUrl = (value: string) => /^https?:\/\/[^\s/]+/i.test(value);

export const webhookSchema = z.object({
  name: required('Enter a name'),
  url: required('Enter the URL').check(z.refine(isHttpUrl, 'Enter an http:// or https:// URL')),
  body: z.string(),
  validate_cert: z.boolean(),
  events: z.array(z.string()),
  headers: z.array(
    z.object({ name: required('Enter a header name'), value: required('Enter a value') }),
  ),
});

export type WebhookValues = z.infer<typeof webhookSchema>;

export const alertSchema = z.object({
  name: required('Enter a name'),
  webhook_id: z.string().check(z.minLength(1, 'Choose a webhook')),
  events: z.array(z.string()).check(z.minLength(1, 'Choose at least one event')),
  enabled: z.boolean(),
});

export type AlertValues = z.infer<typeof alertSchema>;

export const msSchema = z.object({
  ip: z.string().check(z.trim(), z.refine(isIPv4, 'Enter the IPv4 address of VNS3:ms')),
  alert_enabled: z.boolean(),
});

export type MsValues = z.infer<typeof msSchema>;

export const PACKET_MONITOR_NAME = /^[A-Za-z0-9_-]{1,32}$/;
export const INTERFACES = ['eth0', 'eth1', 'tun0'] as const;
export const HOST_DESTINATION = /^host:(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}$/;

export const packetMonitorSchema = z
  .object({
    name: z.string().check(
      z.trim(),
      z.refine(
        (v) => PACKET_MONITOR_NAME.test(v),
        'Use 1 to 32 letters, digits, dashes or underscores',
      ),
    ),
    type: z.enum(['pcap', 'netflow', 'conntrack']),
    interface: z.enum(INTERFACES),
    filter: z.string().check(z.trim()),
    duration: z.string().check(
      z.trim(),
      z.refine((v) => v === 'forever' || !Number.isNaN(Date.parse(v)), 'Enter forever or a date'),
    ),
    destination: z.string().check(z.trim()),
  })
  .check(
    z.refine((v) => v.type !== 'conntrack' || v.name === 'conntrack', {
      path: ['name'],
      message: 'A conntrack monitor must be named conntrack',
    }),
    z.refine((v) => (v.type === 'netflow' ? HOST_DESTINATION.test(v.destination) : true), {
      path: ['destination'],
      message: 'Enter host:<IPv4>:<port>, for example host:10.0.3.2:4000',
    }),
  );

export type PacketMonitorValues = z.infer<typeof packetMonitorSchema>;

export const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const containerName = z.string().check(
  z.trim(),
  z.refine(
    (v) => CONTAINER_NAME.test(v),
    'Start with a letter or digit; use letters, digits, _ . - (at most 64)',
  ),
);

export const runContainerSchema = z.object({
  name: containerName,
  image_uuid: z.string().check(z.minLength(1, 'Choose an image')),
  ipaddress: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || isIPv4(v), 'Enter an IPv4 address, or leave empty'),
  ),
  command: z.string(),
});

export type RunContainerValues = z.infer<typeof runContainerSchema>;

export const imageSchema = z.object({
  name: containerName,
  url: z.string().check(
    z.trim(),
    z.refine((v) => /^https?:\/\//.test(v), 'Enter an http:// or https:// URL'),
  ),
  description: z.string(),
});

export type ImageValues = z.infer<typeof imageSchema>;

export const containerNetworkSchema = z.object({
  network: z.string().check(z.trim(), z.refine(isIPv4Cidr, 'Enter an IPv4 network in CIDR form')),
});

export const PLUGIN_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;

export const pluginInstanceSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.refine((v) => PLUGIN_NAME.test(v), 'Start with a letter or digit; at most 64 characters'),
  ),
  plugin_id: z.string().check(z.minLength(1, 'Choose a plugin')),
  ip_address: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || isIPv4(v), 'Enter an IPv4 address, or leave empty'),
  ),
  description: z.string(),
});

export type PluginInstanceValues = z.infer<typeof pluginInstanceSchema>;
