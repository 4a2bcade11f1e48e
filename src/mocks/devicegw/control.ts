import type { ControlFields } from '../framework/types.ts';
import { isRecord, isStringArray } from './http.ts';
import { isScope } from './scopes.ts';
import { seedDevices, seedUpdates } from './seed.ts';
import { liveDevices, settleRollouts } from './state.ts';
import type { DeviceGatewayState } from './state.ts';

export const DEVICEGW_CONTROL_FIELDS = [
  'tokens',
  'deviceCount',
  'denied',
  'deviceCa',
  'version',
  'rolloutDelayMs',
  'badTokenLimit',
  'deviceLabels',
  'updateLogs',
] as const;

type Apply = (state: DeviceGatewayState, now: number) => void;

function parseTokens(value: unknown): Apply | string {
  if (!isRecord(value)) {
    return 'tokens must be an object {"<token>": ["scope", ...] | {"scopes": [...], "expiresAt"?: ISO} | null}';
  }
  const entries: [string, { scopes: string[]; expiresAt: number | null } | null][] = [];
  for (const [token, spec] of Object.entries(value)) {
    if (token === '') return 'tokens: a token cannot be empty';
    if (spec === null) {
      entries.push([token, null]);
      continue;
    }
    const scopes = Array.isArray(spec) ? spec : isRecord(spec) ? spec.scopes : undefined;
    if (!isStringArray(scopes) || !scopes.every(isScope)) {
      return `tokens.${token}: scopes must be a list of e.g. devices:read, devices:read-update, devices:create, devices:delete, updates:…, users:…`;
    }
    const expires = isRecord(spec) ? spec.expiresAt : undefined;
    if (
      expires !== undefined &&
      (typeof expires !== 'string' || Number.isNaN(Date.parse(expires)))
    ) {
      return `tokens.${token}: expiresAt must be an ISO date`;
    }
    entries.push([
      token,
      { scopes, expiresAt: typeof expires === 'string' ? Date.parse(expires) : null },
    ]);
  }
  return (state) => {
    for (const [token, spec] of entries) {
      if (spec === null) state.tokens.delete(token);
      else state.tokens.set(token, { ...spec, user: 'admin' });
    }
  };
}

/** `{"<uuid>": {"<label>": "<value>"}}` merged into those devices' labels (`name` included). */
function parseDeviceLabels(value: unknown): Apply | string {
  const message = 'deviceLabels must be an object {"<uuid>": {"<label>": "<value>", ...}}';
  if (!isRecord(value)) return message;
  const entries = Object.entries(value);
  for (const [, labels] of entries) {
    if (!isRecord(labels) || !Object.values(labels).every((v) => typeof v === 'string')) {
      return message;
    }
  }
  return (state) => {
    for (const [uuid, labels] of entries) {
      const device = state.devices.find((candidate) => candidate.uuid === uuid);
      if (device) Object.assign(device.labels, labels);
    }
  };
}

/** `{"<tag>/<update>": ["line", ...]}` appended to those updates' logs. */
function parseUpdateLogs(value: unknown): Apply | string {
  if (!isRecord(value) || !Object.values(value).every(isStringArray)) {
    return 'updateLogs must be an object {"<tag>/<update>": ["log line", ...]}';
  }
  const entries = Object.entries(value as Record<string, string[]>);
  return (state) => {
    for (const [key, lines] of entries) {
      const [tag = '', name = ''] = key.split('/');
      const update = state.updates.get(tag)?.find((candidate) => candidate.name === name);
      update?.logs.push(...lines);
    }
  };
}

function parseField(name: string, value: unknown): Apply | string {
  switch (name) {
    case 'tokens':
      return parseTokens(value);
    case 'deviceCount':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 5000) {
        return 'deviceCount must be an integer from 0 to 5000';
      }
      return (state, now) => {
        state.devices = seedDevices(value, now);
        state.updates = seedUpdates(state.devices, now);
      };
    case 'denied':
      if (!isStringArray(value)) return 'denied must be a list of device uuids';
      return (state) => {
        for (const device of state.devices) if (value.includes(device.uuid)) device.deleted = true;
      };
    case 'deviceCa':
      if (typeof value !== 'boolean') return 'deviceCa must be a boolean';
      return (state) => void (state.deviceCa = value);
    case 'version':
      if (typeof value !== 'string' || value === '') return 'version must be a string';
      return (state) => void (state.version = value);
    case 'rolloutDelayMs':
    case 'badTokenLimit':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return `${name} must be a number >= 0`;
      }
      return (state) => void (state[name] = value);
    case 'deviceLabels':
      return parseDeviceLabels(value);
    case 'updateLogs':
      return parseUpdateLogs(value);
    default:
      return `Unknown control field: ${name}`;
  }
}

const ORDER: Record<string, number> = { deviceCount: 0 };

export function configureDeviceGateway(
  state: DeviceGatewayState,
  fields: ControlFields,
  now: number,
): string[] {
  const errors: string[] = [];
  const updates: Apply[] = [];
  const names = Object.keys(fields).sort((a, b) => (ORDER[a] ?? 1) - (ORDER[b] ?? 1));
  for (const name of names) {
    const parsed = parseField(name, fields[name]);
    if (typeof parsed === 'string') errors.push(parsed);
    else updates.push(parsed);
  }
  if (errors.length === 0) for (const apply of updates) apply(state, now);
  return errors;
}

export function snapshotDeviceGateway(state: DeviceGatewayState, now: number) {
  settleRollouts(state, now);
  return {
    version: state.version,
    deviceCa: state.deviceCa,
    rolloutDelayMs: state.rolloutDelayMs,
    badTokenLimit: state.badTokenLimit,
    tokens: Object.fromEntries(
      [...state.tokens].map(([token, spec]) => [
        token,
        {
          scopes: spec.scopes,
          expiresAt: spec.expiresAt ? new Date(spec.expiresAt).toISOString() : null,
        },
      ]),
    ),
    deviceCount: liveDevices(state).length,
    devices: state.devices.map((device) => ({
      uuid: device.uuid,
      name: device.labels.name ?? null,
      labels: device.labels,
      deleted: device.deleted,
      updateName: device.updateName,
      configs: device.configs.length,
    })),
    denied: state.devices.filter((device) => device.deleted).map((device) => device.uuid),
    factoryConfig: state.factory,
    groupConfigs: Object.fromEntries(state.groupConfigs),
    updates: Object.fromEntries(
      [...state.updates].map(([tag, updates]) => [
        tag,
        updates.map((update) => ({
          name: update.name,
          rollouts: Object.fromEntries(update.rollouts),
        })),
      ]),
    ),
    configUploads: state.configUploads,
    recentBadTokens: state.badTokens.length,
  };
}
