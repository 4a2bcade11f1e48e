import { isRecord } from './http.ts';
import type { ShellHubSliceControl } from './routes.ts';
import { DEMO_TENANT, type ShellHubState } from './state.ts';

/**
 * `plant`: free text (e.g. markup, for the XSS suite) written where the API's own validation
 * would refuse it, on the demo namespace's first item of each kind.
 */
const PLANT_FIELDS = [
  'deviceName',
  'tag',
  'sessionUsername',
  'ruleUsername',
  'ruleHostname',
  'publicKeyName',
  'namespaceName',
] as const;

type Plant = Partial<Record<(typeof PLANT_FIELDS)[number], string>>;

function apply(state: ShellHubState, plant: Plant) {
  const slice = state.devices;
  const mine = <T extends { tenantId: string }>(items: T[]) =>
    items.filter((item) => item.tenantId === DEMO_TENANT);
  const device = mine(slice.devices).find(
    (candidate) => candidate.kind === 'device' && candidate.status === 'accepted',
  );
  if (device && plant.deviceName !== undefined) device.name = plant.deviceName;
  if (device && plant.tag !== undefined) device.tags = [...device.tags, plant.tag];
  const session = mine(slice.sessions)[0];
  if (session && plant.sessionUsername !== undefined) session.username = plant.sessionUsername;
  const rule = mine(slice.rules)[0];
  if (rule && plant.ruleUsername !== undefined) rule.username = plant.ruleUsername;
  if (rule && plant.ruleHostname !== undefined) rule.filter = { hostname: plant.ruleHostname };
  const key = mine(slice.publicKeys)[0];
  if (key && plant.publicKeyName !== undefined) key.name = plant.publicKeyName;
  const namespace = state.namespaces.find((candidate) => candidate.tenantId === DEMO_TENANT);
  if (namespace && plant.namespaceName !== undefined) namespace.name = plant.namespaceName;
}

export const plantControl: ShellHubSliceControl = {
  fields: ['plant'],
  parse(name, value) {
    if (name !== 'plant') return `Unknown control field: ${name}`;
    const message = `plant must be an object with string fields among ${PLANT_FIELDS.join(', ')}`;
    if (!isRecord(value)) return message;
    for (const [field, text] of Object.entries(value)) {
      if (!(PLANT_FIELDS as readonly string[]).includes(field) || typeof text !== 'string') {
        return message;
      }
    }
    return (state) => apply(state, value as Plant);
  },
  snapshot: () => ({}),
};
