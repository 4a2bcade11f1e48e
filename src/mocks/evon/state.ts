export interface EvonUser {
  id: number;
  username: string;
  password: string;
  is_superuser: boolean;
  first_name: string;
  last_name: string;
  email: string;
  is_active: boolean;
  groups: number[];
  user_permissions: number[];
  profile: { id: number; shared: boolean; ipv4_address: string };
}

export interface EvonGroup {
  id: number;
  name: string;
  permissions: number[];
}

export interface EvonServer {
  id: number;
  uuid: string;
  fqdn: string;
  ipv4_address: string;
  connected: boolean;
  disconnected_since: string | null;
  server_groups: number[];
}

export interface EvonServerGroup {
  id: number;
  name: string;
  description: string | null;
}

export const PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ALL'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface EvonRule {
  id: number;
  name: string;
  destination_protocol: Protocol;
  destination_ports: string;
  source_users: number[];
  source_groups: number[];
  source_servers: number[];
  source_servergroups: number[];
}

export interface EvonPolicy {
  id: number;
  name: string;
  description: string | null;
  rules: number[];
  servers: number[];
  servergroups: number[];
}

export interface EvonConfig {
  id: number;
  ec2_iam_role_status: boolean;
  timezone: string;
  auto_update: boolean;
  auto_update_time: string;
  discovery_mode: boolean;
  uuid_blacklist: string | null;
  uuid_whitelist: string | null;
}

export interface EvonPermission {
  id: number;
  name: string;
  codename: string;
}

export interface EvonState {
  instanceId: string;
  domain: string;
  users: EvonUser[];
  groups: EvonGroup[];
  servers: EvonServer[];
  servergroups: EvonServerGroup[];
  rules: EvonRule[];
  policies: EvonPolicy[];
  config: EvonConfig;
  permissions: EvonPermission[];
  /** token → user id */
  tokens: Map<string, number>;
  nextId: Record<'users' | 'groups' | 'servers' | 'servergroups' | 'rules' | 'policies', number>;
  authFailures: number;
  permissionDenials: number;
}

export const DEMO_TOKEN = 'demo-evon-token';
export const DEPLOYER_TOKEN = 'demo-deployer-token';
export const USER_TOKEN = 'demo-user-token';
export const ALL_USERS_GROUP = 'All Users';
export const ALL_SERVERS_GROUP = 'All Servers';

const MODELS = [
  ['auth', 'user'],
  ['auth', 'group'],
  ['hub', 'server'],
  ['hub', 'servergroup'],
  ['hub', 'rule'],
  ['hub', 'policy'],
  ['hub', 'config'],
  ['hub', 'userprofile'],
] as const;

/** Django's default permissions: add/change/delete/view per model, as `app.codename`. */
function defaultPermissions(): EvonPermission[] {
  const permissions: EvonPermission[] = [];
  for (const [app, model] of MODELS) {
    for (const action of ['add', 'change', 'delete', 'view']) {
      permissions.push({
        id: permissions.length + 1,
        name: `Can ${action} ${model === 'servergroup' ? 'server group' : model}`,
        codename: `${app}.${action}_${model}`,
      });
    }
  }
  return permissions;
}

export function serverAddress(index: number): string {
  // the 3rd address of consecutive /30 subnets of the server range 100.x.224.0/19
  const offset = 4 * (index + 1) + 2;
  return `100.64.${224 + Math.floor(offset / 256)}.${offset % 256}`;
}

export function userAddress(index: number): string {
  const offset = 4 * (index + 1) + 2;
  return `100.64.${208 + Math.floor(offset / 256)}.${offset % 256}`;
}

export function uuidFor(seed: number): string {
  const hex = (seed * 2654435761).toString(16).padStart(8, '0').slice(-8);
  const tail = seed.toString(16).padStart(12, '0').slice(-12);
  return `${hex}-1a2b-4c3d-8e4f-${tail}`;
}

function user(id: number, username: string, fields: Partial<EvonUser> = {}): EvonUser {
  return {
    id,
    username,
    password: `pbkdf2_sha256$390000$seed${id}$${'x'.repeat(20)}=`,
    is_superuser: false,
    first_name: '',
    last_name: '',
    email: '',
    is_active: true,
    groups: [1],
    user_permissions: [],
    profile: { id, shared: false, ipv4_address: userAddress(id - 1) },
    ...fields,
  };
}

export function makeServer(
  state: Pick<EvonState, 'domain' | 'nextId'>,
  name: string,
  connected: boolean,
  now: number,
): EvonServer {
  const id = state.nextId.servers++;
  return {
    id,
    uuid: uuidFor(id),
    fqdn: `${name}.${state.domain}`,
    ipv4_address: serverAddress(id - 1),
    connected,
    disconnected_since: connected ? null : new Date(now - id * 3_600_000).toISOString(),
    server_groups: [1],
  };
}

export function createEvonState(instanceId: string, now: number): EvonState {
  const state: EvonState = {
    instanceId,
    domain: 'acme.evon.link',
    users: [
      user(1, 'admin', { is_superuser: true, email: 'admin@example.com' }),
      user(2, 'deployer'),
      user(3, 'alice', {
        first_name: 'Alice',
        last_name: 'Ng',
        email: 'alice@example.com',
        groups: [1, 2],
      }),
    ],
    groups: [
      { id: 1, name: ALL_USERS_GROUP, permissions: [] },
      { id: 2, name: 'Engineers', permissions: [] },
    ],
    servers: [],
    servergroups: [
      { id: 1, name: ALL_SERVERS_GROUP, description: null },
      { id: 2, name: 'Web servers', description: 'Public-facing web tier' },
    ],
    rules: [],
    policies: [],
    config: {
      id: 1,
      ec2_iam_role_status: false,
      timezone: 'UTC',
      auto_update: true,
      auto_update_time: '20:00:00',
      discovery_mode: true,
      uuid_blacklist: '',
      uuid_whitelist: '',
    },
    permissions: defaultPermissions(),
    tokens: new Map([
      [DEMO_TOKEN, 1],
      [DEPLOYER_TOKEN, 2],
      [USER_TOKEN, 3],
    ]),
    nextId: { users: 4, groups: 3, servers: 1, servergroups: 3, rules: 2, policies: 2 },
    authFailures: 0,
    permissionDenials: 0,
  };
  const web1 = makeServer(state, 'web1', true, now);
  const web2 = makeServer(state, 'web2', true, now);
  web1.server_groups.push(2);
  web2.server_groups.push(2);
  state.servers.push(web1, web2, makeServer(state, 'db1', false, now));
  state.rules.push({
    id: 1,
    name: 'Allow web access',
    destination_protocol: 'TCP',
    destination_ports: '443,80',
    source_users: [],
    source_groups: [2],
    source_servers: [],
    source_servergroups: [],
  });
  state.policies.push({
    id: 1,
    name: 'Engineers to web',
    description: 'Engineers reach the web tier',
    rules: [1],
    servers: [],
    servergroups: [2],
  });
  return state;
}
