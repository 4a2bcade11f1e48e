import { isRecord } from './http.ts';
import type { Vns3SliceControl } from './routes.ts';
import type { Vns3State } from './state.ts';

/**
 * `plant`: free text (e.g. markup, for the XSS suite) written where the API's own validation
 * would refuse it, on the first item of each kind.
 */
const PLANT_FIELDS = [
  'endpointName',
  'tunnelDescription',
  'ruleComment',
  'clientpackName',
  'linkName',
  'linkLogLine',
  'containerName',
] as const;

type Plant = Partial<Record<(typeof PLANT_FIELDS)[number], string>>;

const first = <T>(items: Iterable<T>): T | undefined => [...items][0];

function apply(state: Vns3State, plant: Plant, now: number) {
  const endpoint = first(state.edge.endpoints.values());
  if (endpoint && plant.endpointName !== undefined) endpoint.name = plant.endpointName;
  const tunnel = endpoint && first(endpoint.tunnels.values());
  if (tunnel && plant.tunnelDescription !== undefined) {
    tunnel.description = plant.tunnelDescription;
  }
  const rule = state.firewall.v2Rules[0];
  if (rule && plant.ruleComment !== undefined) rule.comment = plant.ruleComment;
  const pack = first(state.clientpacks.packs.values());
  if (pack && plant.clientpackName !== undefined) {
    const renamed = { ...pack, name: plant.clientpackName };
    state.clientpacks.packs = new Map(
      [...state.clientpacks.packs].map(([name, other]) =>
        other === pack ? [renamed.name, renamed] : [name, other],
      ),
    );
  }
  const link = first(state.edge.links.values());
  if (link && plant.linkName !== undefined) link.name = plant.linkName;
  if (link && plant.linkLogLine !== undefined) link.logs.push({ at: now, line: plant.linkLogLine });
  const container = first(state.system.containers.values());
  if (container && plant.containerName !== undefined) container.name = plant.containerName;
}

export const plantControl: Vns3SliceControl = {
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
    return (state, now) => apply(state, value as Plant, now);
  },
  snapshot: () => ({}),
};
