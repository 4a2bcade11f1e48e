export const DEFAULT_VERSION = '1.0.0';

export const DEFAULT_CHANGELOG = `# Changelog

## 1.0.0 (2024-11-04)

  * Update app to version 2.4.0
  * Add support for NFS and iSCSI persistent storage
  * Fixed rendering of <script>alert('changelog')</script> in names
  * Update system packages (openssl 3.0.15, openssh 9.8p1)
  * Update API to version 1.24.0

## 0.9.2 (2024-08-19)

  * Update app to version 2.3.7
  * Fix NTP server not applied after DHCP renewal
  * Update nodejs modules

## 0.9.0 (2024-06-02)

  * Initial release of the appliance
`;

export const DEFAULT_BUILD = { builddate: '1730700000' };

export interface Health {
  disk: { used: string; total: string; percentage: number };
  memory: { used: string; total: string; percentage: number };
  cpu: { num: number; load: string; cpu5min: number };
}

export const DEFAULT_HEALTH: Health = {
  disk: { used: '3.4G', total: '234G', percentage: 2 },
  memory: { used: '260M', total: '1000M', percentage: 26 },
  cpu: { num: 1, load: '0.66, 0.28, 0.14', cpu5min: 0 },
};

export type ServiceEntry = Record<string, string>;

export const DEFAULT_SERVICES: ServiceEntry[] = [
  { openssh: 'running' },
  { 'jidoteki-admin-api': 'running' },
  { nginx: 'running' },
  { collectd: 'not running' },
];

export interface NetworkSettings {
  mode: 'static' | 'dhcp';
  [field: string]: unknown;
}

export interface ApplianceSettings {
  network: NetworkSettings;
  app: unknown;
}

export const DEFAULT_SETTINGS: ApplianceSettings = {
  network: {
    mode: 'static',
    interface: 'eth0',
    hostname: 'appliance.example.lan',
    ip_address: '192.168.1.100',
    netmask: '255.255.255.0',
    gateway: '192.168.1.1',
    dns1: '192.168.1.2',
    dns2: '192.168.1.3',
    ntpserver: 'pool.ntp.org',
  },
  app: { name: 'switchboard-demo' },
};

export interface License {
  app: string;
  users: number;
  expires: string;
  name: string;
  contact: string;
}

export const DEFAULT_LICENSE: License = {
  app: 'enterprise',
  users: 20,
  expires: '19 January 2038',
  name: 'Enterprise Company',
  contact: 'cto@enterprise',
};

export const DEFAULT_STORAGE_OPTIONS = ['local', 'nfs', 'aoe', 'iscsi', 'nbd'];

export const DEFAULT_STORAGE: Record<string, unknown> = { type: 'local' };

export const ADMIN_PATH = '/opt/jidoteki/tinyadmin';

export const LOG_TAG = 'SYSTEM';
