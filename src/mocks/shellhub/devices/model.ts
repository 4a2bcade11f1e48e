import { createHash } from 'node:crypto';

export type DeviceStatus = 'accepted' | 'pending' | 'rejected' | 'removed' | 'unused';
export const DEVICE_STATUSES: readonly DeviceStatus[] = [
  'accepted',
  'pending',
  'rejected',
  'removed',
  'unused',
];

/** A device or a container: the API serves both with the same shape. */
export interface Device {
  uid: string;
  kind: 'device' | 'container';
  name: string;
  mac: string;
  info: { id: string; pretty_name: string; version: string; arch: string; platform: string };
  publicKey: string;
  tenantId: string;
  lastSeen: number;
  online: boolean;
  status: DeviceStatus;
  statusUpdatedAt: number;
  createdAt: number;
  remoteAddr: string;
  position: { latitude: number; longitude: number };
  tags: string[];
  publicUrl: boolean;
}

export interface RecordFrame {
  /** Seconds since the session started. */
  at: number;
  data: string;
}

export interface Session {
  uid: string;
  deviceUid: string;
  tenantId: string;
  username: string;
  ipAddress: string;
  startedAt: number;
  lastSeen: number;
  active: boolean;
  authenticated: boolean;
  recorded: boolean;
  type: 'web' | 'term';
  term: string;
  width: number;
  height: number;
  frames: RecordFrame[];
}

export type RuleFilter = { hostname: string } | { tags: string[] };

export interface FirewallRule {
  id: string;
  tenantId: string;
  priority: number;
  action: 'allow' | 'deny';
  active: boolean;
  sourceIp: string;
  username: string;
  filter: RuleFilter;
}

export interface PublicKey {
  fingerprint: string;
  tenantId: string;
  data: string;
  name: string;
  username: string;
  filter: RuleFilter;
  createdAt: number;
}

export interface Connector {
  uid: string;
  tenantId: string;
  enable: boolean;
  address: string;
  port: number;
  secure: boolean;
  tls: { ca: string; cert: string; key: string } | null;
}

export interface DevicesState {
  devices: Device[];
  sessions: Session[];
  rules: FirewallRule[];
  publicKeys: PublicKey[];
  connectors: Connector[];
  /** `/api/sessions/{uid}/play`: the seed's JSON frame array, or asciicast v2 text. */
  recordingFormat: 'frames' | 'asciicast';
  counter: number;
}

export const hex64 = (seed: string): string => createHash('sha256').update(seed).digest('hex');

export function nextId(state: DevicesState, prefix: string): string {
  state.counter += 1;
  return hex64(`${prefix}-${state.counter}`).slice(0, 24);
}

export const iso = (ms: number): string => new Date(ms).toISOString();
