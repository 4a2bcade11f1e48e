import { canReach } from './auth.ts';
import type {
  EvonGroup,
  EvonPolicy,
  EvonRule,
  EvonServer,
  EvonServerGroup,
  EvonState,
  EvonUser,
} from './state.ts';

export function userJson(user: EvonUser) {
  return {
    id: user.id,
    userprofile_id: String(user.profile.id),
    username: user.username,
    password: user.password,
    is_superuser: user.is_superuser,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    is_active: user.is_active,
    groups: [...user.groups],
    user_permissions: [...user.user_permissions],
  };
}

/** The hub's GroupSerializer has no `id` field, although the detail URL uses it. */
export function groupJson(state: EvonState, group: EvonGroup) {
  return {
    name: group.name,
    user_set: state.users.filter((user) => user.groups.includes(group.id)).map((user) => user.id),
    permissions: [...group.permissions],
  };
}

const UNITS: [number, string][] = [
  [365 * 86_400, 'year'],
  [7 * 86_400, 'week'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** humanfriendly.format_timespan(seconds, max_units=2), e.g. "3 hours and 5 minutes". */
export function humanTimespan(totalSeconds: number): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0 && parts.length < 2) {
      parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
      rest -= count * size;
    }
  }
  if (parts.length === 0) return '0 seconds';
  return parts.join(' and ');
}

export function lastSeen(server: EvonServer, now: number): string {
  if (!server.disconnected_since) return 'now';
  return `${humanTimespan((now - Date.parse(server.disconnected_since)) / 1000)} ago`;
}

export function serverJson(state: EvonState, server: EvonServer, viewer: EvonUser, now: number) {
  const restricted = {
    id: server.id,
    fqdn: server.fqdn,
    ipv4_address: server.ipv4_address,
    connected: server.connected,
    disconnected_since: server.disconnected_since,
    last_seen: lastSeen(server, now),
  };
  if (!viewer.is_superuser) return restricted;
  return {
    id: server.id,
    accessible: canReach(state, viewer, server.id),
    fqdn: server.fqdn,
    ipv4_address: server.ipv4_address,
    uuid: server.uuid,
    connected: server.connected,
    disconnected_since: server.disconnected_since,
    last_seen: restricted.last_seen,
    server_groups: [...server.server_groups],
  };
}

export function serverGroupJson(state: EvonState, group: EvonServerGroup) {
  return {
    id: group.id,
    server_set: state.servers
      .filter((server) => server.server_groups.includes(group.id))
      .map((server) => server.id),
    name: group.name,
    description: group.description,
  };
}

export function ruleJson(rule: EvonRule) {
  return structuredClone(rule);
}

export function policyJson(policy: EvonPolicy) {
  return structuredClone(policy);
}
