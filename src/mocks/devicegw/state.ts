import { ALL_SCOPES } from './scopes.ts';
import { seedDevices, seedUpdates } from './seed.ts';

export const DEMO_TOKEN = 'demo-gateway-token';
export const DEFAULT_VERSION = 'v1.4.2';
export const DEFAULT_DEVICE_COUNT = 27;

export interface ConfigFile {
  Value: string;
  Unencrypted?: boolean;
  OnChanged?: string[];
}

export interface ConfigFileSet {
  Files: Record<string, ConfigFile>;
  Reason?: string;
  CreatedAt?: number;
  CreatedBy?: string;
}

export interface AppliedConfigs {
  Files: Record<string, ConfigFile>;
  AppliedAt: number;
  AuditTrail: { CreatedAt?: number; CreatedBy?: string; Reason?: string }[];
}

export interface UpdateEvent {
  id: string;
  deviceTime: string;
  event: {
    correlationId: string;
    ecu: string;
    success?: boolean;
    targetName: string;
    version: string;
    details?: string;
  };
  eventType: { id: string; version: number };
}

export interface TargetTest {
  uuid: string;
  name: string;
  target_name: string;
  status: string;
  created_on: number;
  completed_on: number | null;
  details?: string;
  artifacts?: string[];
  results?: {
    name: string;
    status: string;
    local_ts: number;
    details: string;
    metrics: Record<string, number>;
  }[];
}

export interface Device {
  uuid: string;
  createdAt: number;
  lastSeen: number;
  target: string;
  tag: string;
  labels: Record<string, string>;
  apps: string[];
  ostreeHash: string;
  pubkey: string;
  updateName: string;
  aktualizrToml: string;
  hardwareInfo: string;
  networkInfo: string;
  status?: {
    uuid: string;
    correlationId: string;
    'target-name': string;
    status: string;
    deviceTime: string;
  };
  deleted: boolean;
  appsStates: unknown[];
  updates: { id: string; events: UpdateEvent[] }[];
  tests: TargetTest[];
  artifacts: Record<string, string>;
  configs: ConfigFileSet[];
  applied: AppliedConfigs | null;
}

export interface Rollout {
  uuids?: string[];
  groups?: string[];
  effectiveUuids: string[];
  committed: boolean;
  commitAt: number;
}

export interface Update {
  name: string;
  uploadedAt: number;
  uploadedBy: string;
  rollouts: Map<string, Rollout>;
  tuf: Record<string, unknown>;
  logs: string[];
}

export interface Token {
  scopes: string[];
  user: string;
  expiresAt: number | null;
}

export interface DeviceGatewayState {
  instanceId: string;
  version: string;
  tokens: Map<string, Token>;
  devices: Device[];
  factory: ConfigFileSet[];
  groupConfigs: Map<string, ConfigFileSet[]>;
  updates: Map<string, Update[]>;
  tufRoots: Record<string, unknown>[];
  deviceCa: boolean;
  rolloutDelayMs: number;
  badTokenLimit: number;
  badTokens: number[];
  createTimes: number[];
  configUploads: number;
}

export function createDeviceGatewayState(instanceId: string, now: number): DeviceGatewayState {
  const devices = seedDevices(DEFAULT_DEVICE_COUNT, now);
  return {
    instanceId,
    version: DEFAULT_VERSION,
    tokens: new Map([[DEMO_TOKEN, { scopes: [...ALL_SCOPES], user: 'admin', expiresAt: null }]]),
    devices,
    factory: [
      {
        Files: {
          npmrc: { Value: 'registry=https://registry.example.net/\n', Unencrypted: true },
          'wifi.conf': { Value: 'ssid=factory-floor\n' },
        },
        Reason: 'Initial factory config',
        CreatedAt: Math.floor(now / 1000) - 86_400 * 30,
        CreatedBy: 'admin',
      },
    ],
    groupConfigs: new Map([
      [
        'alpha',
        [
          {
            Files: { 'alpha.toml': { Value: '[pacman]\ntags = "main"\n', Unencrypted: true } },
            Reason: 'Alpha testers follow main',
            CreatedAt: Math.floor(now / 1000) - 86_400 * 7,
            CreatedBy: 'admin',
          },
        ],
      ],
    ]),
    updates: seedUpdates(devices, now),
    tufRoots: [tufRoot(1), tufRoot(2)],
    deviceCa: true,
    rolloutDelayMs: 300,
    badTokenLimit: 10,
    badTokens: [],
    createTimes: [],
    configUploads: 0,
  };
}

export function tufRoot(version: number): Record<string, unknown> {
  return {
    signatures: [{ keyid: `root-key-${version}`, method: 'ed25519', sig: 'c2lnbmF0dXJl' }],
    signed: {
      _type: 'Root',
      consistent_snapshot: false,
      expires: '2031-01-01T00:00:00Z',
      keys: { [`root-key-${version}`]: { keytype: 'ED25519', keyval: { public: 'cHVi' } } },
      roles: {
        root: { keyids: [`root-key-${version}`], threshold: 1 },
        targets: { keyids: ['targets-key'], threshold: 1 },
      },
      version,
    },
  };
}

export function liveDevices(state: DeviceGatewayState): Device[] {
  return state.devices.filter((device) => !device.deleted);
}

export function findLive(state: DeviceGatewayState, uuid: string): Device | undefined {
  return state.devices.find((device) => device.uuid === uuid && !device.deleted);
}

export function knownGroups(state: DeviceGatewayState): string[] {
  const groups = new Set<string>();
  for (const device of liveDevices(state)) {
    const group = device.labels.group;
    if (group) groups.add(group);
  }
  for (const name of state.groupConfigs.keys()) groups.add(name);
  return [...groups].sort();
}

/** Rollouts assign devices in the background: commit those whose time has come. */
export function settleRollouts(state: DeviceGatewayState, now: number): void {
  for (const [tag, updates] of state.updates) {
    for (const update of updates) {
      for (const rollout of update.rollouts.values()) {
        if (rollout.committed || rollout.commitAt > now) continue;
        rollout.committed = true;
        for (const uuid of rollout.effectiveUuids) {
          const device = findLive(state, uuid);
          if (!device) continue;
          device.updateName = update.name;
          device.tag = tag;
        }
      }
    }
  }
}

export function deviceCount(state: DeviceGatewayState, tag: string, name: string): number {
  return liveDevices(state).filter((device) => device.tag === tag && device.updateName === name)
    .length;
}
