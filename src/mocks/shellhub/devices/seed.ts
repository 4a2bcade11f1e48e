import { DEMO_TENANT } from '../state.ts';
import {
  type Connector,
  type Device,
  type DeviceStatus,
  type DevicesState,
  type FirewallRule,
  type PublicKey,
  type RecordFrame,
  type Session,
  hex64,
} from './model.ts';
import { fingerprintOf } from './publicKeyData.ts';

const MINUTE = 60_000;

const DEMO_DEVICES: readonly [string, DeviceStatus, boolean, string[], string][] = [
  ['edge-lyon-01', 'accepted', true, ['production', 'lyon'], 'Debian GNU/Linux 12 (bookworm)'],
  ['edge-lyon-02', 'accepted', false, ['production', 'lyon'], 'Debian GNU/Linux 12 (bookworm)'],
  ['edge-oslo-01', 'accepted', true, ['production', 'oslo'], 'Ubuntu 24.04 LTS'],
  ['edge-oslo-02', 'accepted', true, ['staging', 'oslo'], 'Ubuntu 24.04 LTS'],
  ['lab-pi-01', 'accepted', false, ['lab'], 'Raspbian GNU/Linux 11 (bullseye)'],
  ['lab-pi-02', 'accepted', true, ['lab'], 'Raspbian GNU/Linux 11 (bullseye)'],
  ['kiosk-lobby', 'accepted', false, [], 'Alpine Linux v3.20'],
  ['router-hq', 'accepted', true, ['network'], 'OpenWrt 23.05'],
  ['new-sensor-07', 'pending', true, [], 'Yocto Linux 4.0'],
  ['new-sensor-08', 'pending', false, [], 'Yocto Linux 4.0'],
  ['unknown-box', 'rejected', false, [], 'Arch Linux'],
  ['old-gateway', 'rejected', false, [], 'CentOS Linux 7'],
];

export function makeDevice(
  index: number,
  name: string,
  status: DeviceStatus,
  online: boolean,
  tags: string[],
  prettyName: string,
  now: number,
  kind: Device['kind'] = 'device',
): Device {
  const uid = hex64(`${kind}-${index}`);
  const mac = Array.from({ length: 6 }, (_, i) => uid.slice(i * 2, i * 2 + 2)).join(':');
  return {
    uid,
    kind,
    name,
    mac,
    info: {
      id: prettyName.split(' ')[0]?.toLowerCase() ?? 'linux',
      pretty_name: prettyName,
      version: 'v0.17.1',
      arch: index % 3 === 0 ? 'arm64' : 'amd64',
      platform: kind === 'container' ? 'docker' : 'native',
    },
    publicKey: `-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA${uid.slice(0, 40)}\n-----END RSA PUBLIC KEY-----`,
    tenantId: DEMO_TENANT,
    lastSeen: now - (online ? 0 : (index + 1) * 37 * MINUTE),
    online,
    status,
    statusUpdatedAt: now - (index + 2) * 60 * MINUTE,
    createdAt: now - (index + 5) * 24 * 60 * MINUTE,
    remoteAddr: `203.0.113.${(index % 250) + 1}`,
    position: { latitude: 45.76 + index / 100, longitude: 4.84 + index / 100 },
    tags,
    publicUrl: false,
  };
}

export function demoDevices(now: number): Device[] {
  return DEMO_DEVICES.map(([name, status, online, tags, pretty], index) =>
    makeDevice(index, name, status, online, [...tags], pretty, now),
  );
}

/** `count` accepted devices `device-00001`…, every third one online. */
export function generatedDevices(count: number, now: number): Device[] {
  return Array.from({ length: count }, (_, index) =>
    makeDevice(
      index,
      `device-${String(index + 1).padStart(5, '0')}`,
      'accepted',
      index % 3 === 0,
      index % 10 === 0 ? ['fleet'] : [],
      'Debian GNU/Linux 12 (bookworm)',
      now,
    ),
  );
}

export function demoContainers(now: number): Device[] {
  return [
    makeDevice(
      100,
      'nginx-proxy',
      'accepted',
      true,
      ['web'],
      'Alpine Linux v3.20',
      now,
      'container',
    ),
    makeDevice(101, 'postgres-16', 'accepted', false, [], 'Debian GNU/Linux 12', now, 'container'),
    makeDevice(102, 'build-runner', 'pending', true, [], 'Ubuntu 24.04 LTS', now, 'container'),
  ];
}

const PROMPT = '\u001b[1;32mroot@edge-lyon-01\u001b[0m:\u001b[1;34m~\u001b[0m# ';

function typed(start: number, text: string): RecordFrame[] {
  return [...text].map((char, index) => ({ at: start + index * 0.08, data: char }));
}

export function demoRecording(): RecordFrame[] {
  return [
    { at: 0.2, data: 'Welcome to edge-lyon-01 (Debian GNU/Linux 12)\r\n\r\n' },
    { at: 0.5, data: PROMPT },
    ...typed(1.0, 'uptime'),
    {
      at: 1.6,
      data: '\r\n 10:42:01 up 12 days,  3:04,  1 user,  load average: 0.08, 0.05, 0.01\r\n',
    },
    { at: 2.0, data: PROMPT },
    ...typed(2.6, 'ls /etc/shellhub'),
    { at: 4.0, data: '\r\nagent.conf  keys\r\n' },
    { at: 4.3, data: PROMPT },
    ...typed(5.0, 'exit'),
    { at: 5.6, data: '\r\nlogout\r\n' },
  ];
}

function session(index: number, device: Device, now: number, fields: Partial<Session>): Session {
  return {
    uid: hex64(`session-${index}`),
    deviceUid: device.uid,
    tenantId: device.tenantId,
    username: 'root',
    ipAddress: `198.51.100.${index + 10}`,
    startedAt: now - (index + 1) * 90 * MINUTE,
    lastSeen: now - (index + 1) * 80 * MINUTE,
    active: false,
    authenticated: true,
    recorded: false,
    type: 'term',
    term: 'xterm-256color',
    width: 80,
    height: 24,
    frames: [],
    ...fields,
  };
}

export function demoSessions(devices: readonly Device[], now: number): Session[] {
  const [lyon, , oslo, , , pi] = devices;
  if (!lyon || !oslo || !pi) return [];
  return [
    session(0, lyon, now, {
      active: true,
      startedAt: now - 5 * MINUTE,
      lastSeen: now,
      type: 'web',
      term: 'xterm.js',
    }),
    session(1, lyon, now, { recorded: true, frames: demoRecording() }),
    session(2, oslo, now, { username: 'admin', recorded: true, frames: demoRecording() }),
    session(3, pi, now, { username: 'pi', authenticated: false }),
  ];
}

export function demoRules(): FirewallRule[] {
  return [
    {
      id: '65f1c0a0e4b0a1a2b3c4d501',
      tenantId: DEMO_TENANT,
      priority: 1,
      action: 'allow',
      active: true,
      sourceIp: '^10\\.0\\.',
      username: '^root$',
      filter: { tags: ['production'] },
    },
    {
      id: '65f1c0a0e4b0a1a2b3c4d502',
      tenantId: DEMO_TENANT,
      priority: 2,
      action: 'deny',
      active: true,
      sourceIp: '.*',
      username: '^root$',
      filter: { hostname: '.*' },
    },
    {
      id: '65f1c0a0e4b0a1a2b3c4d503',
      tenantId: DEMO_TENANT,
      priority: 3,
      action: 'allow',
      active: false,
      sourceIp: '.*',
      username: '.*',
      filter: { hostname: '^lab-' },
    },
  ];
}

export const DEMO_KEY_LINE =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com';

export function demoPublicKeys(now: number): PublicKey[] {
  const data = Buffer.from(DEMO_KEY_LINE).toString('base64');
  return [
    {
      fingerprint: fingerprintOf(DEMO_KEY_LINE) ?? '',
      tenantId: DEMO_TENANT,
      data,
      name: 'ops laptop',
      username: '.*',
      filter: { tags: ['production'] },
      createdAt: now - 3 * 24 * 60 * MINUTE,
    },
  ];
}

export function demoConnectors(): Connector[] {
  return [
    {
      uid: '3dd0d1f8-8246-4519-b11a-a3dd33717f65',
      tenantId: DEMO_TENANT,
      enable: true,
      address: 'docker.lab.example',
      port: 2376,
      secure: true,
      tls: null,
    },
  ];
}

export function createDevicesState(now: number): DevicesState {
  const devices = [...demoDevices(now), ...demoContainers(now)];
  return {
    devices,
    sessions: demoSessions(devices, now),
    rules: demoRules(),
    publicKeys: demoPublicKeys(now),
    connectors: demoConnectors(),
    recordingFormat: 'frames',
    counter: 0,
  };
}
