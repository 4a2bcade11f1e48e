import type { ControlFields } from '../framework/types.ts';
import { tokenKey } from './auth.ts';
import type { ApplianceSettings, Health, License, ServiceEntry } from './fixtures.ts';
import { OPTIONAL_ENDPOINTS } from './state.ts';
import type { JidotekiState, OptionalEndpoint } from './state.ts';
import { validateNewToken, validateSettings } from './validation.ts';

export const JIDOTEKI_CONTROL_FIELDS = [
  'token',
  'setupToken',
  'firstRunEnabled',
  'endpoints',
  'version',
  'changelog',
  'build',
  'health',
  'services',
  'settings',
  'storage',
  'storageOptions',
  'license',
  'licenseBugFixed',
  'backupOutcome',
  'setupPauseMs',
  'jobStepMs',
  'rebootDowntimeMs',
] as const;

type Apply = (state: JidotekiState) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function parseField(name: string, value: unknown, fields: ControlFields): Apply | string {
  switch (name) {
    case 'token': {
      if (value === null) {
        return (state) => {
          state.token = null;
          state.firstRunPending = true;
          if (!('firstRunEnabled' in fields)) state.firstRunEnabled = true;
        };
      }
      const invalid = validateNewToken(value);
      if (typeof value !== 'string' || invalid) return `token: ${invalid ?? 'must be a string'}`;
      return (state) => {
        state.token = value;
        state.firstRunPending = false;
      };
    }
    case 'setupToken': {
      const invalid = validateNewToken(value);
      if (typeof value !== 'string' || invalid)
        return `setupToken: ${invalid ?? 'must be a string'}`;
      return (state) => {
        state.token = value;
        state.firstRunPending = true;
        if (!('firstRunEnabled' in fields)) state.firstRunEnabled = true;
      };
    }
    case 'firstRunEnabled':
    case 'licenseBugFixed':
      if (typeof value !== 'boolean') return `${name} must be a boolean`;
      return (state) => {
        state[name] = value;
      };
    case 'endpoints': {
      const allowed: readonly string[] = OPTIONAL_ENDPOINTS;
      if (!isStringArray(value) || value.some((item) => !allowed.includes(item))) {
        return `endpoints must be a subset of: ${OPTIONAL_ENDPOINTS.join(', ')}`;
      }
      return (state) => {
        state.endpoints = [...new Set(value)] as OptionalEndpoint[];
      };
    }
    case 'version':
    case 'changelog':
      if (value !== null && typeof value !== 'string') return `${name} must be a string or null`;
      return (state) => {
        state[name] = value;
      };
    case 'build':
      if (value !== null && !isRecord(value)) return 'build must be an object or null';
      return (state) => {
        state.build = value;
      };
    case 'health':
      if (value !== null && !isRecord(value)) return 'health must be an object or null';
      return (state) => {
        state.health = value as Health | null;
      };
    case 'services':
      if (value !== null && !(Array.isArray(value) && value.every(isRecord))) {
        return 'services must be an array of {"name":"running|not running"} objects, or null';
      }
      return (state) => {
        state.services = value as ServiceEntry[] | null;
      };
    case 'settings': {
      if (value === null) return (state) => void (state.settings = null);
      const validation = validateSettings(value);
      if (!validation.ok) return `settings: ${validation.message ?? 'must be an object'}`;
      return (state) => {
        state.settings = validation.value as ApplianceSettings;
      };
    }
    case 'storage':
      if (value !== null && !(isRecord(value) && typeof value.type === 'string')) {
        return 'storage must be an object with a "type", or null';
      }
      return (state) => {
        state.storage = value;
      };
    case 'storageOptions':
      if (!isStringArray(value)) return 'storageOptions must be an array of strings';
      return (state) => {
        state.storageOptions = [...value];
      };
    case 'license':
      if (value !== null && !isRecord(value)) return 'license must be an object or null';
      return (state) => {
        state.license = value as License | null;
      };
    case 'backupOutcome':
      if (value !== 'success' && value !== 'failed') return 'backupOutcome must be success|failed';
      return (state) => {
        state.backupOutcome = value;
      };
    case 'setupPauseMs':
    case 'jobStepMs':
    case 'rebootDowntimeMs':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return `${name} must be a number >= 0`;
      }
      return (state) => {
        state.timing[name] = value;
      };
    default:
      return `Unknown control field: ${name}`;
  }
}

export function configureJidoteki(state: JidotekiState, fields: ControlFields): string[] {
  const errors: string[] = [];
  const updates: Apply[] = [];
  const ordered = Object.keys(fields).sort((a, b) => order(a) - order(b));
  for (const name of ordered) {
    const parsed = parseField(name, fields[name], fields);
    if (typeof parsed === 'string') errors.push(parsed);
    else updates.push(parsed);
  }
  if (errors.length === 0) for (const apply of updates) apply(state);
  return errors;
}

function order(name: string): number {
  if (name === 'token' || name === 'setupToken') return 0;
  if (name === 'firstRunEnabled') return 1;
  return 2;
}

export function snapshotJidoteki(state: JidotekiState, now: number): Record<string, unknown> {
  state.timeline.advance(now);
  const { update, certs, backup } = state;
  return {
    token: state.token,
    tokenKey: state.token === null ? null : tokenKey(state.token),
    firstRunEnabled: state.firstRunEnabled,
    firstRunPending: state.firstRunPending,
    endpoints: state.endpoints,
    version: state.version,
    changelog: state.changelog,
    build: state.build,
    health: state.health,
    services: state.services,
    settings: state.settings,
    storage: state.storage,
    storageOptions: state.storageOptions,
    license: state.license,
    licenseBugFixed: state.licenseBugFixed,
    backupOutcome: state.backupOutcome,
    ...state.timing,
    down: now < state.downUntil,
    downUntil: state.downUntil > now ? new Date(state.downUntil).toISOString() : null,
    reboots: state.reboots,
    droppedConnections: state.droppedConnections,
    authFailures: state.authFailures,
    pendingEvents: state.timeline.pending,
    update: {
      status: update.status,
      percentage: update.percentage,
      errorCode: update.errorCode,
      errorMessage: update.errorMessage,
      running: update.running,
      attempts: update.attempts,
      log: update.log,
    },
    certs: {
      status: certs.status,
      running: certs.running,
      installed: certs.installed !== null,
      log: certs.log,
    },
    backup: {
      status: backup.status,
      filesize: backup.filesize,
      sha256: backup.sha256,
      running: backup.running !== null,
      hasArchive: backup.archive !== null,
      restores: backup.restores,
      log: backup.log,
    },
  };
}
