import type { ControlFields } from '../framework/types.ts';
import { accountControl } from './account/index.ts';
import { devicesControl } from './devices/index.ts';
import { namespacesControl } from './namespaces/index.ts';
import { plantControl } from './plant.ts';
import type { ShellHubSliceControl } from './routes.ts';
import { revokeIssuedTokens } from './account/tokens.ts';
import { isRecord } from './http.ts';
import { DEMO_TENANT, DEMO_USER_ID, ROLES, type Role, type ShellHubState } from './state.ts';

type Apply = (state: ShellHubState, now: number) => void;

function parseApiKeys(value: unknown): string | Apply {
  if (!Array.isArray(value)) return 'apiKeys must be an array';
  const keys: { key: string; name: string; role: Role; tenant?: string }[] = [];
  for (const [index, item] of value.entries()) {
    if (!isRecord(item) || typeof item.key !== 'string' || typeof item.name !== 'string')
      return `apiKeys[${index}] needs a string key and name`;
    if (!ROLES.includes(item.role as Role))
      return `apiKeys[${index}].role must be one of ${ROLES.join(', ')}`;
    if (item.tenant !== undefined && typeof item.tenant !== 'string')
      return `apiKeys[${index}].tenant must be a string`;
    keys.push({
      key: item.key,
      name: item.name,
      role: item.role as Role,
      ...(item.tenant ? { tenant: item.tenant } : {}),
    });
  }
  return (state, now) => {
    for (const { key, name, role, tenant } of keys) {
      const tenantId = tenant ?? DEMO_TENANT;
      state.apiKeys = state.apiKeys.filter(
        (other) => !(other.tenantId === tenantId && other.name === name),
      );
      const seconds = Math.floor(now / 1000);
      state.apiKeys.push({
        key,
        name,
        tenantId,
        role,
        createdBy: DEMO_USER_ID,
        expiresIn: -1,
        createdAt: seconds,
        updatedAt: seconds,
      });
    }
  };
}

const coreControl: ShellHubSliceControl = {
  fields: ['version', 'apiKeys', 'revokeTokens'],
  parse(name, value): string | Apply {
    if (name === 'apiKeys') return parseApiKeys(value);
    if (name === 'revokeTokens') {
      if (value !== true) return 'revokeTokens must be true';
      return (state) => revokeIssuedTokens(state);
    }
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
  plantControl,
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
