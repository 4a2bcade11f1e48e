import type { ControlFields } from '../framework/types.ts';
import { accountControl } from './account/index.ts';
import { devicesControl } from './devices/index.ts';
import { namespacesControl } from './namespaces/index.ts';
import type { ShellHubSliceControl } from './routes.ts';
import type { ShellHubState } from './state.ts';

type Apply = (state: ShellHubState, now: number) => void;

const coreControl: ShellHubSliceControl = {
  fields: ['version'],
  parse(name, value): string | Apply {
    if (name !== 'version') return `Unknown control field: ${name}`;
    if (typeof value !== 'string' || value === '') return 'version must be a non-empty string';
    return (state) => void (state.version = value);
  },
  snapshot: (state) => ({
    version: state.version,
    users: state.users.map((user) => ({
      id: user.id,
      username: user.username,
      email: user.email,
      mfa: user.mfa.enabled,
    })),
    namespaces: state.namespaces.map((namespace) => ({
      tenant_id: namespace.tenantId,
      name: namespace.name,
      members: namespace.members,
      settings: namespace.settings,
    })),
    apiKeys: state.apiKeys.map((apiKey) => ({ ...apiKey, key: undefined })),
  }),
};

const SLICES: readonly ShellHubSliceControl[] = [
  coreControl,
  accountControl,
  devicesControl,
  namespacesControl,
];

export const SHELLHUB_CONTROL_FIELDS: readonly string[] = SLICES.flatMap((slice) => slice.fields);

export function configureShellHub(
  state: ShellHubState,
  fields: ControlFields,
  now: number,
): string[] {
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

export function snapshotShellHub(state: ShellHubState, now: number): Record<string, unknown> {
  return Object.assign({}, ...SLICES.map((slice) => slice.snapshot(state, now))) as Record<
    string,
    unknown
  >;
}
