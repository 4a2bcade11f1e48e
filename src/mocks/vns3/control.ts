import type { ControlFields } from '../framework/types.ts';
import { clientpacksControl } from './clientpacks/index.ts';
import { edgeControl } from './edge/index.ts';
import { firewallControl } from './firewall/index.ts';
import { plantControl } from './plant.ts';
import type { Vns3SliceControl } from './routes.ts';
import type { Vns3State } from './state.ts';
import { systemControl } from './system/index.ts';

type Apply = (state: Vns3State, now: number) => void;

const coreControl: Vns3SliceControl = {
  fields: ['apiPassword', 'licensed', 'keysetPresent', 'version', 'taskDurationMs'],
  parse(name, value): string | Apply {
    switch (name) {
      case 'apiPassword':
      case 'version':
        if (typeof value !== 'string' || value === '') return `${name} must be a non-empty string`;
        return (state) => void (state[name] = value);
      case 'licensed':
      case 'keysetPresent':
        if (typeof value !== 'boolean') return `${name} must be a boolean`;
        return (state) => void (state[name] = value);
      case 'taskDurationMs':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          return 'taskDurationMs must be a number >= 0';
        }
        return (state) => void (state.taskDurationMs = value);
      default:
        return `Unknown control field: ${name}`;
    }
  },
  snapshot: (state) => ({
    version: state.version,
    apiPassword: state.apiPassword,
    licensed: state.licensed,
    keysetPresent: state.keysetPresent,
    taskDurationMs: state.taskDurationMs,
  }),
};

const SLICES: readonly Vns3SliceControl[] = [
  coreControl,
  edgeControl,
  firewallControl,
  clientpacksControl,
  systemControl,
  plantControl,
];

export const VNS3_CONTROL_FIELDS: readonly string[] = SLICES.flatMap((slice) => slice.fields);

export function configureVns3(state: Vns3State, fields: ControlFields, now: number): string[] {
  const errors: string[] = [];
  const updates: Apply[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const slice = SLICES.find((candidate) => candidate.fields.includes(name));
    const parsed = slice ? slice.parse(name, value) : `Unknown control field: ${name}`;
    if (typeof parsed === 'string') errors.push(parsed);
    else updates.push(parsed);
  }
  if (errors.length === 0) for (const apply of updates) apply(state, now);
  return errors;
}

export function snapshotVns3(state: Vns3State, now: number): Record<string, unknown> {
  return Object.assign({}, ...SLICES.map((slice) => slice.snapshot(state, now))) as Record<
    string,
    unknown
  >;
}
