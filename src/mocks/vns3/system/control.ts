import type { Vns3SliceControl } from '../routes.ts';
import type { Vns3State } from '../state.ts';
import { isRebooting } from './lifecycle.ts';

type Apply = (state: Vns3State, now: number) => void;

const DURATIONS = ['rebootDowntimeMs', 'keysetDurationMs', 'sslInstallMs'] as const;

/** An unlicensed controller without keyset: what `PUT /license` and snapshot restore need. */
function makeFresh(state: Vns3State): void {
  state.licensed = false;
  state.keysetPresent = false;
  state.system.license = {
    uploadedAt: null,
    sha1: null,
    finalized: false,
    parameters: null,
    upgrades: 0,
  };
  state.system.keyset = { finishesAt: null, createdAt: null, checksum: null };
  state.system.snapshots.clear();
}

export const systemControl: Vns3SliceControl = {
  fields: [
    ...DURATIONS,
    'rebootAnswer',
    'maxSnapshots',
    'containersAvailable',
    'fresh',
    'remoteSupport',
  ],
  parse(name, value): string | Apply {
    if ((DURATIONS as readonly string[]).includes(name)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return `${name} must be a number >= 0`;
      }
      return (state) => void (state.system[name as (typeof DURATIONS)[number]] = value);
    }
    switch (name) {
      case 'rebootAnswer':
        if (value !== 'drop' && value !== '503') return 'rebootAnswer must be "drop" or "503"';
        return (state) => void (state.system.rebootAnswer = value);
      case 'maxSnapshots':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
          return 'maxSnapshots must be an integer >= 0';
        }
        return (state) => void (state.system.maxSnapshots = value);
      case 'containersAvailable':
      case 'remoteSupport':
        if (typeof value !== 'boolean') return `${name} must be a boolean`;
        return name === 'remoteSupport'
          ? (state) => void (state.system.remoteSupport.enabled = value)
          : (state) => void (state.system.containersAvailable = value);
      case 'fresh':
        if (value !== true) return 'fresh must be true';
        return makeFresh;
      default:
        return `Unknown control field: ${name}`;
    }
  },
  snapshot: (state, now) => {
    const { system } = state;
    return {
      rebootDowntimeMs: system.rebootDowntimeMs,
      rebootAnswer: system.rebootAnswer,
      keysetDurationMs: system.keysetDurationMs,
      sslInstallMs: system.sslInstallMs,
      maxSnapshots: system.maxSnapshots,
      containersAvailable: system.containersAvailable,
      rebooting: isRebooting(state, now),
      reboots: system.reboots,
      licenseFinalized: system.license.finalized,
      licenseUpgrades: system.license.upgrades,
      keysetInProgress: system.keyset.finishesAt !== null,
      sslPending: system.ssl.pending !== null,
      snapshotNames: [...system.snapshots.keys()],
      restoredFrom: system.restoredFrom,
      adminUi: { enabled: system.adminUi.enabled, username: system.adminUi.username },
      remoteSupport: system.remoteSupport.enabled,
      remoteSupportKeypairs: system.remoteSupport.keypairs,
      apiTokenNames: [...state.apiTokens.values()].map((token) => token.name),
      accessUrlNames: [...system.accessUrls.values()].map((url) => url.name),
      webhookNames: [...system.webhooks.values()].map((hook) => hook.name),
      alerts: [...system.alerts.values()].map(({ name, enabled }) => ({ name, enabled })),
      packetMonitors: [...system.packetMonitors.values()].map(({ name, running }) => ({
        name,
        running,
      })),
      ms: system.ms,
      identity: system.identity,
      containerSystemRunning: system.containerSystem.running,
      containers: [...system.containers.values()].map(({ name, running }) => ({ name, running })),
      plugins: [...system.plugins.values()].map((plugin) => plugin.name),
      pluginInstances: [...system.pluginInstances.values()].map((instance) => instance.name),
    };
  },
};
