import type { ShellHubSliceControl } from '../routes.ts';
import type { ShellHubState } from '../state.ts';
import { DEMO_TENANT } from '../state.ts';
import { generatedDevices } from './seed.ts';

type Apply = (state: ShellHubState, now: number) => void;

const MAX_DEVICES = 10_000;

function parse(name: string, value: unknown): string | Apply {
  switch (name) {
    case 'deviceCount':
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < 0 ||
        value > MAX_DEVICES
      ) {
        return `deviceCount must be a whole number from 0 to ${MAX_DEVICES}`;
      }
      return (state, now) => {
        const slice = state.devices;
        const others = slice.devices.filter(
          (d) => d.kind !== 'device' || d.tenantId !== DEMO_TENANT,
        );
        slice.devices = [...others, ...generatedDevices(value, now)];
        const uids = new Set(slice.devices.map((d) => d.uid));
        slice.sessions = slice.sessions.filter((session) => uids.has(session.deviceUid));
      };
    case 'emptyNamespace':
      if (value !== true) return 'emptyNamespace must be true';
      return (state) => {
        const slice = state.devices;
        const keep = <T extends { tenantId: string }>(items: T[]) =>
          items.filter((item) => item.tenantId !== DEMO_TENANT);
        slice.devices = keep(slice.devices);
        slice.sessions = keep(slice.sessions);
        slice.rules = keep(slice.rules);
        slice.publicKeys = keep(slice.publicKeys);
        slice.connectors = keep(slice.connectors);
      };
    case 'recordingFormat':
      if (value !== 'frames' && value !== 'asciicast') {
        return 'recordingFormat must be "frames" or "asciicast"';
      }
      return (state) => void (state.devices.recordingFormat = value);
    default:
      return `Unknown control field: ${name}`;
  }
}

const SNAPSHOT_DEVICES = 50;

export const devicesControl: ShellHubSliceControl = {
  fields: ['deviceCount', 'emptyNamespace', 'recordingFormat'],
  parse,
  snapshot: (state) => {
    const slice = state.devices;
    const devices = slice.devices.filter((d) => d.kind === 'device');
    return {
      deviceTotal: devices.length,
      devices: devices.slice(0, SNAPSHOT_DEVICES).map((d) => ({
        uid: d.uid,
        name: d.name,
        status: d.status,
        tags: d.tags,
        tenant_id: d.tenantId,
      })),
      containers: slice.devices
        .filter((d) => d.kind === 'container')
        .map((d) => ({ uid: d.uid, name: d.name, status: d.status, tags: d.tags })),
      sessions: slice.sessions.map((s) => ({ uid: s.uid, active: s.active, recorded: s.recorded })),
      firewallRules: slice.rules.map((r) => ({
        id: r.id,
        priority: r.priority,
        action: r.action,
        active: r.active,
        source_ip: r.sourceIp,
        username: r.username,
        filter: r.filter,
      })),
      publicKeys: slice.publicKeys.map((k) => ({
        fingerprint: k.fingerprint,
        name: k.name,
        username: k.username,
        filter: k.filter,
      })),
      connectors: slice.connectors.map((c) => ({
        uid: c.uid,
        address: c.address,
        enable: c.enable,
      })),
      recordingFormat: slice.recordingFormat,
    };
  },
};
