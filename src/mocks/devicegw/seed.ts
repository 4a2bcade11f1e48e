import type { Device, Update } from './state.ts';

const GROUPS = ['alpha', 'beta', 'production'];
const SITES = ['berlin', 'lyon', 'oslo', 'porto', 'turin', 'ghent'];

/** Deterministic, UUID-shaped ids so tests can name a device. */
export function seedUuid(index: number): string {
  const hex = (index * 2654435761).toString(16).padStart(8, '0').slice(-8);
  const serial = String(index).padStart(12, '0');
  return `${hex}-4d2c-4a1b-9e0f-${serial}`;
}

const PUBKEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexampleexampleexampleexample
exampleexampleexampleexampleexampleexampleexampleexample==
-----END PUBLIC KEY-----
`;

export function seedDevice(index: number, now: number): Device {
  const uuid = seedUuid(index);
  const nowS = Math.floor(now / 1000);
  const site = SITES[index % SITES.length] ?? 'lab';
  const group = GROUPS[index % GROUPS.length] ?? 'alpha';
  const name = `gw-${site}-${String(index).padStart(2, '0')}`;
  const version = 40 + (index % 3);
  const target = `intel-corei7-64-lmp-${version}`;
  const correlationId = `${version}-${uuid.slice(0, 8)}`;
  const deviceTime = new Date((nowS - index * 900) * 1000).toISOString();
  const hasData = index % 4 !== 3;
  return {
    uuid,
    createdAt: nowS - 86_400 * (60 - index),
    lastSeen: nowS - index * 900,
    target,
    tag: 'main',
    labels: { name, group, ...(index % 5 === 0 ? { site } : {}) },
    apps: ['shellhub', 'mosquitto'],
    ostreeHash: `${uuid.replace(/-/g, '')}${'a'.repeat(28)}`.slice(0, 64),
    pubkey: PUBKEY,
    updateName: index % 2 === 0 ? 'main-42' : '',
    aktualizrToml: '[pacman]\ntags = "main"\n',
    hardwareInfo: JSON.stringify({ id: name, class: 'system', product: 'Edge Gateway 300' }),
    networkInfo: JSON.stringify({
      hostname: name,
      local_ipv4: `10.0.${index % 250}.${(index * 7) % 250}`,
      mac: `02:00:00:00:${(index % 256).toString(16).padStart(2, '0')}:01`,
    }),
    ...(hasData
      ? {
          status: {
            uuid,
            correlationId,
            'target-name': target,
            status: index % 6 === 5 ? 'Installation failed' : 'Installation completed; succeeded',
            deviceTime,
          },
        }
      : {}),
    deleted: false,
    appsStates: hasData
      ? [
          {
            deviceTime,
            ostree: `${'b'.repeat(64)}`,
            apps: {
              shellhub: {
                uri: 'hub.example.net/factory/shellhub@sha256:0f1e',
                state: 'healthy',
                services: [
                  {
                    name: 'agent',
                    hash: '5a1c',
                    health: 'healthy',
                    image: 'shellhubio/agent:v0.16',
                    state: 'running',
                    status: 'Up 3 hours',
                  },
                ],
              },
              mosquitto: {
                uri: 'hub.example.net/factory/mosquitto@sha256:77aa',
                state: 'healthy',
                services: [
                  {
                    name: 'broker',
                    hash: '9b2e',
                    image: 'eclipse-mosquitto:2',
                    state: 'running',
                    status: 'Up 3 hours',
                  },
                ],
              },
            },
          },
        ]
      : [],
    updates: hasData
      ? [
          {
            id: correlationId,
            events: [
              updateEvent(correlationId, target, 'EcuDownloadStarted', deviceTime),
              updateEvent(correlationId, target, 'EcuDownloadCompleted', deviceTime, true),
              updateEvent(correlationId, target, 'EcuInstallationCompleted', deviceTime, true),
            ],
          },
        ]
      : [],
    tests: hasData
      ? [
          {
            uuid: `smoke-test-${String(index).padStart(6, '0')}`,
            name: 'smoke',
            target_name: target,
            status: 'PASSED',
            created_on: nowS - 3600,
            completed_on: nowS - 3500,
            artifacts: ['console.log'],
            results: [
              {
                name: 'boot',
                status: 'PASSED',
                local_ts: nowS - 3550,
                details: 'booted in 12 s',
                metrics: { seconds: 12 },
              },
            ],
          },
        ]
      : [],
    artifacts: hasData
      ? { [`smoke-test-${String(index).padStart(6, '0')}/console.log`]: 'boot ok\n' }
      : {},
    configs: [],
    applied: hasData
      ? {
          Files: {
            npmrc: { Value: 'registry=https://registry.example.net/\n', Unencrypted: true },
          },
          AppliedAt: nowS - 1800,
          AuditTrail: [
            { CreatedAt: nowS - 86_400 * 30, CreatedBy: 'admin', Reason: 'Initial factory config' },
            {},
            {},
          ],
        }
      : null,
  };
}

function updateEvent(
  correlationId: string,
  targetName: string,
  id: string,
  deviceTime: string,
  success?: boolean,
) {
  return {
    id: `${correlationId}-${id}`,
    deviceTime,
    event: {
      correlationId,
      ecu: 'intel-corei7-64',
      ...(success === undefined ? {} : { success }),
      targetName,
      version: targetName.split('-').pop() ?? '',
    },
    eventType: { id, version: 0 },
  };
}

export function seedDevices(count: number, now: number): Device[] {
  return Array.from({ length: count }, (_, index) => seedDevice(index + 1, now));
}

export function seedUpdates(devices: Device[], now: number): Map<string, Update[]> {
  const nowS = Math.floor(now / 1000);
  const alpha = devices.filter((device) => device.labels.group === 'alpha').map((d) => d.uuid);
  const update = (name: string, ageDays: number): Update => ({
    name,
    uploadedAt: nowS - ageDays * 86_400,
    uploadedBy: 'admin',
    rollouts: new Map(),
    tuf: {
      root: { signed: { _type: 'Root', version: 2 } },
      targets: { signed: { _type: 'Targets', version: 3, targets: { [`${name}-lmp`]: {} } } },
      snapshot: { signed: { _type: 'Snapshot', version: 3 } },
      timestamp: { signed: { _type: 'Timestamp', version: 3 } },
    },
    logs: [],
  });
  const main42 = update('main-42', 2);
  main42.rollouts.set('alpha-first', {
    groups: ['alpha'],
    effectiveUuids: alpha,
    committed: true,
    commitAt: now,
  });
  main42.logs = alpha.map((uuid, index) =>
    JSON.stringify({
      uuid,
      correlationId: `42-${uuid.slice(0, 8)}`,
      'target-name': 'intel-corei7-64-lmp-42',
      status: index % 2 ? 'Download started' : 'Installation completed; succeeded',
      deviceTime: new Date((nowS - index * 60) * 1000).toISOString(),
    }),
  );
  return new Map([['main', [update('main-41', 9), main42]]]);
}
