import { createHash } from 'node:crypto';
import { isRecord } from '../http.ts';
import type { ShellHubSliceControl } from '../routes.ts';
import { DEMO_TENANT, ROLES, type Role, type ShellHubState } from '../state.ts';
import { DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET } from './demoMfa.ts';

export { DEMO_RECOVERY_CODES, DEMO_TOTP_SECRET };

export interface UserSpec {
  username: string;
  password: string;
  email?: string;
  name?: string;
  recoveryEmail?: string;
  mfa?: boolean;
  role?: Role;
  tenant?: string;
  /** Name of the namespace created when `tenant` does not exist yet. */
  namespace?: string;
  confirmed?: boolean;
  awaitingApproval?: boolean;
}

type Apply = (state: ShellHubState, now: number) => void;

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const optionalBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';

function parseUsers(value: unknown): string | UserSpec[] {
  if (!Array.isArray(value)) return 'users must be an array';
  for (const [index, spec] of value.entries()) {
    if (!isRecord(spec)) return `users[${index}] must be an object`;
    if (typeof spec.username !== 'string' || spec.username === '')
      return `users[${index}].username must be a non-empty string`;
    if (typeof spec.password !== 'string') return `users[${index}].password must be a string`;
    for (const name of ['email', 'name', 'recoveryEmail', 'tenant', 'namespace'])
      if (!optionalString(spec[name])) return `users[${index}].${name} must be a string`;
    for (const name of ['mfa', 'confirmed', 'awaitingApproval'])
      if (!optionalBoolean(spec[name])) return `users[${index}].${name} must be a boolean`;
    if (spec.role !== undefined && !ROLES.includes(spec.role as Role))
      return `users[${index}].role must be one of ${ROLES.join(', ')}`;
  }
  return value as UserSpec[];
}

const userIdFor = (username: string) =>
  createHash('sha256').update(username).digest('hex').slice(0, 24);

/** Creates (or updates) the user and makes them a member of `tenant` with `role`. */
export function applyUser(state: ShellHubState, spec: UserSpec, now: number) {
  const tenant = spec.tenant ?? DEMO_TENANT;
  let user = state.users.find((candidate) => candidate.username === spec.username);
  if (!user) {
    user = {
      id: userIdFor(spec.username),
      username: spec.username,
      name: spec.name ?? spec.username,
      email: spec.email ?? `${spec.username}@example.com`,
      recoveryEmail: spec.recoveryEmail ?? '',
      password: spec.password,
      confirmed: true,
      awaitingApproval: false,
      preferredTenant: tenant,
      mfa: { enabled: false, secret: '', recoveryCodes: [] },
      maxNamespaces: 5,
      createdAt: now,
    };
    state.users.push(user);
  }
  user.password = spec.password;
  if (spec.name !== undefined) user.name = spec.name;
  if (spec.email !== undefined) user.email = spec.email;
  if (spec.recoveryEmail !== undefined) user.recoveryEmail = spec.recoveryEmail;
  if (spec.confirmed !== undefined) user.confirmed = spec.confirmed;
  if (spec.awaitingApproval !== undefined) user.awaitingApproval = spec.awaitingApproval;
  if (spec.mfa !== undefined) {
    user.mfa = spec.mfa
      ? { enabled: true, secret: DEMO_TOTP_SECRET, recoveryCodes: [...DEMO_RECOVERY_CODES] }
      : { enabled: false, secret: '', recoveryCodes: [] };
    if (spec.mfa && !user.recoveryEmail)
      user.recoveryEmail = `${spec.username}.recovery@example.net`;
  }
  let namespace = state.namespaces.find((candidate) => candidate.tenantId === tenant);
  if (!namespace) {
    namespace = {
      tenantId: tenant,
      name: spec.namespace ?? `ns-${tenant.slice(0, 8).toLowerCase()}`,
      owner: user.id,
      members: [],
      settings: { session_record: true, connection_announcement: '' },
      maxDevices: -1,
      type: 'team',
      createdAt: now,
    };
    state.namespaces.push(namespace);
  }
  const role = spec.role ?? 'operator';
  const member = namespace.members.find((candidate) => candidate.id === user.id);
  if (member) member.role = role;
  else namespace.members.push({ id: user.id, role, addedAt: now, status: 'active' });
  if (role === 'owner') namespace.owner = user.id;
}

function positiveInteger(name: string, value: unknown): string | number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : `${name} must be a positive integer`;
}

export const accountControl: ShellHubSliceControl = {
  fields: ['users', 'tokenLifetimeSeconds', 'lockoutAfter', 'lockoutSeconds', 'setupSign'],
  parse(name, value): string | Apply {
    if (name === 'users') {
      const users = parseUsers(value);
      if (typeof users === 'string') return users;
      return (state, now) => users.forEach((spec) => applyUser(state, spec, now));
    }
    if (name === 'tokenLifetimeSeconds' || name === 'lockoutAfter' || name === 'lockoutSeconds') {
      const parsed = positiveInteger(name, value);
      if (typeof parsed === 'string') return parsed;
      return (state) => void (state.account[name] = parsed);
    }
    if (name === 'setupSign') {
      if (value !== null && (typeof value !== 'string' || value === ''))
        return 'setupSign must be a non-empty string or null';
      return (state) => void (state.account.setupSign = value);
    }
    return `Unknown control field: ${name}`;
  },
  snapshot: (state) => ({
    tokenLifetimeSeconds: state.account.tokenLifetimeSeconds,
    lockoutAfter: state.account.lockoutAfter,
    lockoutSeconds: state.account.lockoutSeconds,
    setupSign: state.account.setupSign,
    mailbox: state.account.mailbox.map((mail) => ({
      ...mail,
      sentAt: new Date(mail.sentAt).toISOString(),
    })),
  }),
};
