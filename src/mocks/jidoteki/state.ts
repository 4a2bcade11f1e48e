import { Timeline } from '../framework/timeline.ts';
import {
  DEFAULT_BUILD,
  DEFAULT_CHANGELOG,
  DEFAULT_HEALTH,
  DEFAULT_LICENSE,
  DEFAULT_SERVICES,
  DEFAULT_SETTINGS,
  DEFAULT_STORAGE,
  DEFAULT_STORAGE_OPTIONS,
  DEFAULT_VERSION,
} from './fixtures.ts';
import type { ApplianceSettings, Health, License, ServiceEntry } from './fixtures.ts';

export const OPTIONAL_ENDPOINTS = ['settings', 'certs', 'license', 'storage', 'backup'] as const;

export type OptionalEndpoint = (typeof OPTIONAL_ENDPOINTS)[number];

export type JobStatus = 'running' | 'success' | 'failed';

export const DEFAULT_TOKEN = 'demo-token';

export interface UpdateJob {
  status: JobStatus | null;
  percentage: number | null;
  errorMessage: string | null;
  errorCode: string | null;
  log: string[];
  running: boolean;
  attempts: number;
}

export interface CertsJob {
  status: JobStatus | null;
  log: string[];
  running: boolean;
  installed: { public: string; private: string; ca: string | null } | null;
}

export interface BackupJob {
  status: JobStatus | null;
  filesize: string | null;
  sha256: string | null;
  archive: Uint8Array | null;
  log: string[];
  running: number | null;
  restores: number;
}

export interface JidotekiTiming {
  setupPauseMs: number;
  jobStepMs: number;
  rebootDowntimeMs: number;
}

export interface JidotekiState {
  instanceId: string;
  token: string | null;
  firstRunEnabled: boolean;
  firstRunPending: boolean;
  endpoints: OptionalEndpoint[];
  version: string | null;
  changelog: string | null;
  build: Record<string, unknown> | null;
  health: Health | null;
  services: ServiceEntry[] | null;
  settings: ApplianceSettings | null;
  storage: Record<string, unknown> | null;
  storageOptions: string[];
  license: License | null;
  licenseBugFixed: boolean;
  backupOutcome: 'success' | 'failed';
  update: UpdateJob;
  certs: CertsJob;
  backup: BackupJob;
  timing: JidotekiTiming;
  downUntil: number;
  reboots: number;
  droppedConnections: number;
  authFailures: number;
  timeline: Timeline;
}

export function createJidotekiState(instanceId: string): JidotekiState {
  return {
    instanceId,
    token: DEFAULT_TOKEN,
    firstRunEnabled: false,
    firstRunPending: false,
    endpoints: [...OPTIONAL_ENDPOINTS],
    version: DEFAULT_VERSION,
    changelog: DEFAULT_CHANGELOG,
    build: { ...DEFAULT_BUILD },
    health: structuredClone(DEFAULT_HEALTH),
    services: structuredClone(DEFAULT_SERVICES),
    settings: structuredClone(DEFAULT_SETTINGS),
    storage: { ...DEFAULT_STORAGE },
    storageOptions: [...DEFAULT_STORAGE_OPTIONS],
    license: { ...DEFAULT_LICENSE },
    licenseBugFixed: false,
    backupOutcome: 'success',
    update: {
      status: null,
      percentage: null,
      errorMessage: null,
      errorCode: null,
      log: [],
      running: false,
      attempts: 0,
    },
    certs: { status: null, log: [], running: false, installed: null },
    backup: {
      status: null,
      filesize: null,
      sha256: null,
      archive: null,
      log: [],
      running: null,
      restores: 0,
    },
    timing: { setupPauseMs: 200, jobStepMs: 300, rebootDowntimeMs: 3000 },
    downUntil: 0,
    reboots: 0,
    droppedConnections: 0,
    authFailures: 0,
    timeline: new Timeline(),
  };
}

export function isEnabled(state: JidotekiState, endpoint: OptionalEndpoint): boolean {
  return state.endpoints.includes(endpoint);
}

export function logLine(at: number, message: string, tag = 'SYSTEM'): string {
  return `[${Math.floor(at / 1000)}][${tag}] ${message}`;
}
