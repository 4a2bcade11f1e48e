import type { ControlFields } from '../framework/types.ts';
import { groupJson, serverGroupJson, userJson } from './serializers.ts';
import { makeServer } from './state.ts';
import type { EvonState } from './state.ts';

export const EVON_CONTROL_FIELDS = ['tokens', 'grant', 'extraServers', 'addUsers'] as const;

type Apply = (state: EvonState, now: number) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function userId(state: EvonState, username: string): number | undefined {
  return state.users.find((user) => user.username === username)?.id;
}

function parseField(state: EvonState, name: string, value: unknown): Apply | string {
  switch (name) {
    case 'addUsers': {
      // [{"username": "bob", "is_superuser": false}] — users created as if by the admin UI
      if (
        !Array.isArray(value) ||
        !value.every((item) => isRecord(item) && typeof item.username === 'string')
      ) {
        return 'addUsers must be an array of {"username", "is_superuser"?} objects';
      }
      return (target) => {
        for (const item of value as { username: string; is_superuser?: unknown }[]) {
          if (userId(target, item.username) !== undefined) continue;
          const id = target.nextId.users++;
          target.users.push({
            id,
            username: item.username,
            password: `pbkdf2_sha256$390000$ctl${id}$${'y'.repeat(20)}=`,
            is_superuser: item.is_superuser === true,
            first_name: '',
            last_name: '',
            email: '',
            is_active: true,
            groups: [1],
            user_permissions: [],
            profile: { id, shared: false, ipv4_address: `100.64.209.${(id * 4 + 2) % 256}` },
          });
        }
      };
    }
    case 'tokens': {
      // {"<token>": "<username>"}; the users must exist (or come with addUsers)
      if (!isRecord(value) || !Object.values(value).every((item) => typeof item === 'string')) {
        return 'tokens must be an object of token → username';
      }
      return (target) => {
        for (const [token, username] of Object.entries(value as Record<string, string>)) {
          const id = userId(target, username);
          if (id !== undefined) target.tokens.set(token, id);
        }
      };
    }
    case 'grant': {
      // {"<username>": ["auth.view_user", …]}: Django permissions given to that user
      if (
        !isRecord(value) ||
        !Object.values(value).every(
          (list) => Array.isArray(list) && list.every((item) => typeof item === 'string'),
        )
      ) {
        return 'grant must be an object of username → permission codenames';
      }
      const unknown = Object.values(value as Record<string, string[]>)
        .flat()
        .filter((codename) => !state.permissions.some((perm) => perm.codename === codename));
      if (unknown.length > 0) return `grant: unknown permission(s) ${unknown.join(', ')}`;
      return (target) => {
        for (const [username, codenames] of Object.entries(value as Record<string, string[]>)) {
          const user = target.users.find((candidate) => candidate.username === username);
          if (!user) continue;
          for (const perm of target.permissions) {
            if (codenames.includes(perm.codename) && !user.user_permissions.includes(perm.id)) {
              user.user_permissions.push(perm.id);
            }
          }
        }
      };
    }
    case 'extraServers':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 5000) {
        return 'extraServers must be an integer from 0 to 5000';
      }
      return (target, now) => {
        for (let index = 0; index < value; index += 1) {
          const number = String(target.nextId.servers).padStart(4, '0');
          target.servers.push(makeServer(target, `node${number}`, index % 3 !== 0, now));
        }
      };
    default:
      return `Unknown control field: ${name}`;
  }
}

const ORDER = ['addUsers', 'tokens', 'grant', 'extraServers'];

export function configureEvon(state: EvonState, fields: ControlFields, now: number): string[] {
  const errors: string[] = [];
  const updates: Apply[] = [];
  const names = Object.keys(fields).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  for (const name of names) {
    const parsed = parseField(state, name, fields[name]);
    if (typeof parsed === 'string') errors.push(parsed);
    else updates.push(parsed);
  }
  if (errors.length === 0) for (const apply of updates) apply(state, now);
  return errors;
}

export function snapshotEvon(state: EvonState): Record<string, unknown> {
  const tokens: Record<string, string> = {};
  for (const [token, id] of state.tokens) {
    const user = state.users.find((candidate) => candidate.id === id);
    if (user) tokens[token] = user.username;
  }
  return {
    domain: state.domain,
    tokens,
    users: state.users.map((user) => ({ ...userJson(user), profile: { ...user.profile } })),
    groups: state.groups.map((group) => ({ id: group.id, ...groupJson(state, group) })),
    serverCount: state.servers.length,
    servers: state.servers.slice(0, 20),
    servergroups: state.servergroups.map((group) => serverGroupJson(state, group)),
    rules: state.rules,
    policies: state.policies,
    config: state.config,
    authFailures: state.authFailures,
    permissionDenials: state.permissionDenials,
  };
}
