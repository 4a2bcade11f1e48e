/** The VNS3 system slice: licence, keyset, SSL, snapshots, access, monitoring, plugins. */

export interface LicenseParameters {
  subnet: string;
  managers: string;
  asns: string;
  clients: string;
  my_manager_vip: string;
}

export interface SslInstall {
  uuid: string;
  finishesAt: number;
}

export interface SslCert {
  subject: string;
  issuer: string;
  before: string;
  after: string;
  sha1_fingerprint: string;
}

export interface Snapshot {
  name: string;
  createdAt: number;
  content: string;
}

export interface AccessUrl {
  id: number;
  name: string;
  description: string;
  access: string;
  secret: string;
  createdAt: number;
  expiresAt: number;
  expired: boolean;
}

export interface Webhook {
  id: number;
  name: string;
  url: string;
  body: string;
  validate_cert: boolean;
  events: string[];
  headers: { name: string; value: string }[];
  parameters: { name: string; value: string }[];
  custom_properties: { name: string; value: string; description?: string }[];
  createdAt: number;
  updatedAt: number;
}

export interface Alert {
  id: number;
  name: string;
  url: string;
  webhook_id: number;
  enabled: boolean;
  events: string[];
  custom_properties: { name: string; value: string }[];
  createdAt: number;
  updatedAt: number;
}

export interface PacketMonitor {
  name: string;
  type: 'conntrack' | 'netflow' | 'pcap';
  interface: string;
  filter: string | null;
  duration: string;
  destination: string;
  running: boolean;
  captured: boolean;
}

export interface ContainerImage {
  uuid: string;
  name: string;
  description: string;
  status: string;
  createdAt: number;
}

export interface Container {
  uuid: string;
  name: string;
  imageUuid: string;
  ipaddress: string;
  command: string;
  running: boolean;
  createdAt: number;
}

export interface Plugin {
  id: number;
  name: string;
  description: string;
  version: string;
  imageUrl: string;
  catalogId: string | null;
  createdAt: number;
  exports: Map<string, ExportFile>;
}

export interface ExportFile {
  name: string;
  createdAt: number;
  content: string;
}

export interface PluginInstance {
  id: number;
  name: string;
  description: string;
  pluginId: number;
  ipAddress: string;
  command: string;
  environment: { key: string; value: string }[];
  status: 'running' | 'stopped';
  createdAt: number;
  /** Configuration file slug → its versions, oldest first (the last is current). */
  configs: Map<string, string[]>;
  users: Map<string, { password: string; public_key: string }>;
  firewall: { rule: string; plugin_port: number; destination_port: number; protocol: string }[];
  processes: Map<string, 'RUNNING' | 'STOPPED'>;
  exports: Map<string, ExportFile>;
}

export interface SystemState {
  /** While `now < downUntil` the controller is rebooting. */
  downUntil: number;
  rebootDowntimeMs: number;
  /** What a rebooting controller does with requests: close the socket, or answer 503. */
  rebootAnswer: 'drop' | '503';
  reboots: number;
  license: {
    uploadedAt: number | null;
    sha1: string | null;
    finalized: boolean;
    parameters: LicenseParameters | null;
    upgrades: number;
  };
  keyset: { finishesAt: number | null; createdAt: number | null; checksum: string | null };
  keysetDurationMs: number;
  ssl: {
    certs: SslCert[];
    pending: { cert: string; key: string } | null;
    installs: Map<string, SslInstall>;
  };
  sslInstallMs: number;
  snapshots: Map<string, Snapshot>;
  maxSnapshots: number;
  restoredFrom: string | null;
  adminUi: { enabled: boolean; username: string; password: string };
  remoteSupport: { enabled: boolean; keypairs: number };
  accessUrls: Map<number, AccessUrl>;
  config: { topology_name: string; controller_name: string; ntp_hosts: string };
  identity: { vpn: Record<string, unknown>; controller: Record<string, unknown> };
  ms: { ip: string; alert_enabled: boolean } | null;
  webhooks: Map<number, Webhook>;
  alerts: Map<number, Alert>;
  packetMonitors: Map<string, PacketMonitor>;
  containersAvailable: boolean;
  containerSystem: { network: string; running: boolean };
  images: Map<string, ContainerImage>;
  containers: Map<string, Container>;
  plugins: Map<number, Plugin>;
  pluginInstances: Map<number, PluginInstance>;
  nextId: number;
}

export function createSystemState(now: number): SystemState {
  const webhook: Webhook = {
    id: 1,
    name: 'Operations chat',
    url: 'https://hooks.example.com/ops',
    body: '{"text": "${event}"}',
    validate_cert: true,
    events: ['tunnel_down'],
    headers: [],
    parameters: [],
    custom_properties: [],
    createdAt: now,
    updatedAt: now,
  };
  return {
    downUntil: 0,
    rebootDowntimeMs: 3000,
    rebootAnswer: 'drop',
    reboots: 0,
    license: {
      uploadedAt: now,
      sha1: '3f786850e387550fdab836ed7e6dc881de23001b',
      finalized: true,
      parameters: {
        subnet: '100.64.0.0/24',
        managers: '100.64.0.1',
        asns: '65000',
        clients: '100.64.0.10-100.64.0.250',
        my_manager_vip: '100.64.0.254',
      },
      upgrades: 0,
    },
    keyset: {
      finishesAt: null,
      createdAt: now,
      checksum: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    },
    keysetDurationMs: 1500,
    ssl: {
      certs: [
        {
          subject: 'CN=vns3.local',
          issuer: 'CN=vns3.local',
          before: new Date(now - 86_400_000).toISOString(),
          after: new Date(now + 365 * 86_400_000).toISOString(),
          sha1_fingerprint: '1A:2B:3C:4D:5E:6F:70:81:92:A3:B4:C5:D6:E7:F8:09:1A:2B:3C:4D',
        },
      ],
      pending: null,
      installs: new Map(),
    },
    sslInstallMs: 800,
    snapshots: new Map([
      [
        'snapshot_20260101_1767225600_203.0.113.10',
        {
          name: 'snapshot_20260101_1767225600_203.0.113.10',
          createdAt: now - 7 * 86_400_000,
          content: 'VNS3 SNAPSHOT\nseed\n',
        },
      ],
    ]),
    maxSnapshots: 10,
    restoredFrom: null,
    adminUi: { enabled: true, username: 'vnscubed', password: 'demo-ui-password' },
    remoteSupport: { enabled: false, keypairs: 0 },
    accessUrls: new Map(),
    config: {
      topology_name: 'Simulated topology',
      controller_name: 'controller-1',
      ntp_hosts: '0.pool.ntp.org 1.pool.ntp.org',
    },
    identity: {
      vpn: {
        provider: 'ldap',
        enabled: true,
        host: 'ldap.example.com',
        port: 389,
        encrypt: false,
        encrypt_ldaps: false,
        binddn: 'cn=vns3,ou=services,dc=example,dc=com',
        bindpw: 'demo-bind-password',
        user_base: 'ou=people,dc=example,dc=com',
        user_id_attribute: 'uid',
        user_list_filter: '(objectClass=person)',
        group_base: 'ou=groups,dc=example,dc=com',
        group_id_attribute: 'cn',
        group_list_filter: '(objectClass=groupOfNames)',
        group_member_attribute: 'member',
        group_member_attr_format: 'UserDN',
        group_search_scope: 'subtree',
        otp: false,
      },
      controller: {},
    },
    ms: null,
    webhooks: new Map([[1, webhook]]),
    alerts: new Map([
      [
        2,
        {
          id: 2,
          name: 'Tunnel down',
          url: webhook.url,
          webhook_id: 1,
          enabled: true,
          events: ['tunnel_down'],
          custom_properties: [],
          createdAt: now,
          updatedAt: now,
        },
      ],
    ]),
    packetMonitors: new Map(),
    containersAvailable: true,
    containerSystem: { network: '198.51.100.0/28', running: true },
    images: new Map([
      [
        'img-1',
        {
          uuid: 'img-1',
          name: 'nginx',
          description: 'Reverse proxy',
          status: 'Ready',
          createdAt: now,
        },
      ],
    ]),
    containers: new Map([
      [
        'ctr-1',
        {
          uuid: 'ctr-1',
          name: 'proxy',
          imageUuid: 'img-1',
          ipaddress: '198.51.100.2',
          command: 'nginx -g "daemon off;"',
          running: true,
          createdAt: now,
        },
      ],
    ]),
    plugins: new Map(),
    pluginInstances: new Map(),
    nextId: 10,
  };
}

export function nextId(system: SystemState): number {
  system.nextId += 1;
  return system.nextId;
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const epochSeconds = (ms: number) => Math.floor(ms / 1000);
