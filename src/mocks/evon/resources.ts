import type { FieldErrors } from './drf.ts';
import { normalizePorts, rulePortErrors, uuidListError, validate } from './fields.ts';
import type { Schema } from './fields.ts';
import {
  groupJson,
  policyJson,
  ruleJson,
  serverGroupJson,
  serverJson,
  userJson,
} from './serializers.ts';
import { ALL_SERVERS_GROUP, ALL_USERS_GROUP, PROTOCOLS, userAddress } from './state.ts';
import type { EvonState, EvonUser } from './state.ts';

export interface Item {
  id: number;
}

export type WriteResult = { ok: true; item: Item } | { ok: false; errors: FieldErrors };

/** One model behind /api/<name> and /api/<name>/{id}. */
export interface Resource {
  model: string;
  /** Methods of the list and detail views (besides HEAD/OPTIONS). */
  listMethods: string[];
  detailMethods: string[];
  items(state: EvonState, viewer: EvonUser): Item[];
  json(state: EvonState, item: Item, viewer: EvonUser, now: number): unknown;
  create?(state: EvonState, body: Record<string, unknown>, now: number): WriteResult;
  update?(state: EvonState, item: Item, body: Record<string, unknown>): WriteResult;
  /** false: a signal refuses the deletion (403). */
  remove?(state: EvonState, item: Item): boolean;
}

const exists = (list: readonly Item[]) => (id: number) => list.some((item) => item.id === id);

function finish(
  schema: Schema,
  body: Record<string, unknown>,
  partial: boolean,
  extra: (values: Record<string, unknown>) => FieldErrors | null,
): { values: Record<string, unknown> } | { errors: FieldErrors } {
  const { values, errors } = validate(schema, body, partial);
  if (errors) return { errors };
  const more = extra(values);
  return more ? { errors: more } : { values };
}

const USERNAME = /^[\w.@+-]+$/;

function userSchema(state: EvonState, self: number | null): Schema {
  return {
    username: {
      type: 'string',
      max: 150,
      required: true,
      check: (value) => {
        if (!USERNAME.test(value)) {
          return 'Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.';
        }
        return state.users.some((user) => user.username === value && user.id !== self)
          ? 'A user with that username already exists.'
          : null;
      },
    },
    password: { type: 'string', max: 128, required: true },
    is_superuser: { type: 'boolean' },
    first_name: { type: 'string', max: 150, blank: true },
    last_name: { type: 'string', max: 150, blank: true },
    email: { type: 'email', max: 254 },
    is_active: { type: 'boolean' },
    groups: { type: 'pks', exists: exists(state.groups) },
    user_permissions: { type: 'pks', exists: exists(state.permissions) },
  };
}

/** pre_save signal: admin (pk 1) and deployer (pk 2) keep their names and superuser flags. */
function enforceImmutable(user: EvonUser) {
  if (user.id === 1) {
    user.username = 'admin';
    user.is_superuser = true;
  } else if (user.id === 2) {
    user.username = 'deployer';
    user.is_superuser = false;
  }
}

export function newToken(state: EvonState, userId: number): string {
  const token = `${state.instanceId}-${userId}-${Math.random().toString(16).slice(2, 14)}`.replace(
    /[^\w-]/g,
    '',
  );
  state.tokens.set(token, userId);
  return token;
}

const users: Resource = {
  model: 'auth.user',
  listMethods: ['GET', 'POST'],
  detailMethods: ['GET', 'PATCH', 'DELETE'],
  items: (state) => state.users,
  json: (_state, item) => userJson(item as EvonUser),
  create(state, body) {
    const checked = finish(userSchema(state, null), body, false, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const id = state.nextId.users++;
    const values = checked.values as Partial<EvonUser>;
    const user: EvonUser = {
      id,
      username: '',
      password: '',
      is_superuser: false,
      first_name: '',
      last_name: '',
      email: '',
      is_active: true,
      groups: [],
      user_permissions: [],
      ...values,
      profile: { id, shared: false, ipv4_address: userAddress(id - 1) },
    };
    enforceImmutable(user);
    const allUsers = state.groups.find((group) => group.name === ALL_USERS_GROUP);
    if (allUsers && !user.groups.includes(allUsers.id)) user.groups.push(allUsers.id);
    state.users.push(user);
    newToken(state, id);
    return { ok: true, item: user };
  },
  update(state, item, body) {
    const user = item as EvonUser;
    const checked = finish(userSchema(state, user.id), body, true, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    Object.assign(user, checked.values);
    enforceImmutable(user);
    return { ok: true, item: user };
  },
  remove(state, item) {
    if (item.id === 1 || item.id === 2) return false;
    state.users = state.users.filter((user) => user.id !== item.id);
    for (const [token, userId] of state.tokens) if (userId === item.id) state.tokens.delete(token);
    for (const rule of state.rules)
      rule.source_users = rule.source_users.filter((id) => id !== item.id);
    return true;
  },
};

function groupSchema(state: EvonState, self: number | null): Schema {
  return {
    name: {
      type: 'string',
      max: 150,
      required: true,
      check: (value) =>
        state.groups.some((group) => group.name === value && group.id !== self)
          ? 'group with this name already exists.'
          : null,
    },
    user_set: { type: 'pks', exists: exists(state.users), required: true },
    permissions: { type: 'pks', exists: exists(state.permissions), required: true },
  };
}

function setMembers(state: EvonState, groupId: number, members: number[]) {
  for (const user of state.users) {
    const isMember = members.includes(user.id);
    if (isMember && !user.groups.includes(groupId)) user.groups.push(groupId);
    if (!isMember) user.groups = user.groups.filter((id) => id !== groupId);
  }
}

const groups: Resource = {
  model: 'auth.group',
  listMethods: ['GET', 'POST'],
  detailMethods: ['GET', 'PATCH', 'DELETE'],
  items: (state) => state.groups,
  json: (state, item) => groupJson(state, item as EvonState['groups'][number]),
  create(state, body) {
    const checked = finish(groupSchema(state, null), body, false, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const group = {
      id: state.nextId.groups++,
      name: checked.values.name as string,
      permissions: checked.values.permissions as number[],
    };
    state.groups.push(group);
    setMembers(state, group.id, checked.values.user_set as number[]);
    return { ok: true, item: group };
  },
  update(state, item, body) {
    const group = item as EvonState['groups'][number];
    const checked = finish(groupSchema(state, group.id), body, true, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const { values } = checked;
    if ('name' in values) group.name = values.name as string;
    if ('permissions' in values) group.permissions = values.permissions as number[];
    if ('user_set' in values) setMembers(state, group.id, values.user_set as number[]);
    return { ok: true, item: group };
  },
  remove(state, item) {
    const group = item as EvonState['groups'][number];
    if (group.name === ALL_USERS_GROUP) return false;
    state.groups = state.groups.filter((candidate) => candidate.id !== group.id);
    setMembers(state, group.id, []);
    for (const rule of state.rules)
      rule.source_groups = rule.source_groups.filter((id) => id !== group.id);
    return true;
  },
};

const servers: Resource = {
  model: 'hub.server',
  listMethods: ['GET'],
  detailMethods: ['GET', 'PATCH', 'DELETE'],
  items: (state) => state.servers,
  json: (state, item, viewer, now) =>
    serverJson(state, item as EvonState['servers'][number], viewer, now),
  update(state, item, body) {
    const server = item as EvonState['servers'][number];
    const checked = finish(
      { server_groups: { type: 'pks', exists: exists(state.servergroups) } },
      body,
      true,
      () => null,
    );
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    if ('server_groups' in checked.values) {
      server.server_groups = checked.values.server_groups as number[];
    }
    return { ok: true, item: server };
  },
  remove(state, item) {
    removeServer(state, item.id);
    return true;
  },
};

export function removeServer(state: EvonState, id: number) {
  state.servers = state.servers.filter((server) => server.id !== id);
  for (const rule of state.rules) rule.source_servers = rule.source_servers.filter((s) => s !== id);
  for (const policy of state.policies) policy.servers = policy.servers.filter((s) => s !== id);
}

function serverGroupSchema(state: EvonState): Schema {
  return {
    server_set: { type: 'pks', exists: exists(state.servers), required: true },
    name: {
      type: 'string',
      max: 200,
      required: true,
      check: (value) => (value.includes(',') ? 'Name must not contain commas' : null),
    },
    description: { type: 'string', max: 256, blank: true, nullable: true },
  };
}

function setServerSet(state: EvonState, groupId: number, members: number[]) {
  for (const server of state.servers) {
    const isMember = members.includes(server.id);
    if (isMember && !server.server_groups.includes(groupId)) server.server_groups.push(groupId);
    if (!isMember) server.server_groups = server.server_groups.filter((id) => id !== groupId);
  }
}

const servergroups: Resource = {
  model: 'hub.servergroup',
  listMethods: ['GET', 'POST'],
  detailMethods: ['GET', 'PATCH', 'DELETE'],
  items: (state) => state.servergroups,
  json: (state, item) => serverGroupJson(state, item as EvonState['servergroups'][number]),
  create(state, body) {
    const checked = finish(serverGroupSchema(state), body, false, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const group = {
      id: state.nextId.servergroups++,
      name: checked.values.name as string,
      description: (checked.values.description as string | null | undefined) ?? null,
    };
    state.servergroups.push(group);
    setServerSet(state, group.id, checked.values.server_set as number[]);
    return { ok: true, item: group };
  },
  update(state, item, body) {
    const group = item as EvonState['servergroups'][number];
    const checked = finish(serverGroupSchema(state), body, true, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const { values } = checked;
    if ('name' in values) group.name = values.name as string;
    if ('description' in values) group.description = values.description as string | null;
    if ('server_set' in values) setServerSet(state, group.id, values.server_set as number[]);
    return { ok: true, item: group };
  },
  remove(state, item) {
    const group = item as EvonState['servergroups'][number];
    if (group.name === ALL_SERVERS_GROUP) return false;
    state.servergroups = state.servergroups.filter((candidate) => candidate.id !== group.id);
    setServerSet(state, group.id, []);
    for (const rule of state.rules) {
      rule.source_servergroups = rule.source_servergroups.filter((id) => id !== group.id);
    }
    for (const policy of state.policies) {
      policy.servergroups = policy.servergroups.filter((id) => id !== group.id);
    }
    return true;
  },
};

function ruleSchema(state: EvonState): Schema {
  return {
    name: { type: 'string', max: 200, required: true },
    destination_protocol: { type: 'choice', choices: PROTOCOLS, required: true },
    destination_ports: { type: 'string', max: 256, blank: true },
    source_users: { type: 'pks', exists: exists(state.users) },
    source_groups: { type: 'pks', exists: exists(state.groups) },
    source_servers: { type: 'pks', exists: exists(state.servers) },
    source_servergroups: { type: 'pks', exists: exists(state.servergroups) },
  };
}

function ruleClean(current: Partial<EvonState['rules'][number]>) {
  return (values: Record<string, unknown>): FieldErrors | null => {
    const protocol = (values.destination_protocol ?? current.destination_protocol ?? '') as string;
    const ports = (values.destination_ports ?? current.destination_ports ?? '') as string;
    const message = rulePortErrors(protocol, ports);
    return message ? { destination_ports: [message] } : null;
  };
}

const rules: Resource = {
  model: 'hub.rule',
  listMethods: ['GET', 'POST'],
  detailMethods: ['GET', 'PATCH', 'DELETE'],
  items: (state) => state.rules,
  json: (_state, item) => ruleJson(item as EvonState['rules'][number]),
  create(state, body) {
    const checked = finish(ruleSchema(state), body, false, ruleClean({}));
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const values = checked.values;
    const rule = {
      id: state.nextId.rules++,
      name: values.name as string,
      destination_protocol:
        values.destination_protocol as EvonState['rules'][number]['destination_protocol'],
      destination_ports: normalizePorts((values.destination_ports as string | undefined) ?? ''),
      source_users: (values.source_users as number[] | undefined) ?? [],
      source_groups: (values.source_groups as number[] | undefined) ?? [],
      source_servers: (values.source_servers as number[] | undefined) ?? [],
      source_servergroups: (values.source_servergroups as number[] | undefined) ?? [],
    };
    state.rules.push(rule);
    return { ok: true, item: rule };
  },
  update(state, item, body) {
    const rule = item as EvonState['rules'][number];
    const checked = finish(ruleSchema(state), body, true, ruleClean(rule));
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    Object.assign(rule, checked.values);
    rule.destination_ports = normalizePorts(rule.destination_ports);
    return { ok: true, item: rule };
  },
  remove(state, item) {
    state.rules = state.rules.filter((rule) => rule.id !== item.id);
    for (const policy of state.policies) policy.rules = policy.rules.filter((id) => id !== item.id);
    return true;
  },
};

function policySchema(state: EvonState): Schema {
  return {
    name: { type: 'string', max: 200, required: true },
    description: { type: 'string', max: 256, blank: true, nullable: true },
    rules: { type: 'pks', exists: exists(state.rules) },
    servers: { type: 'pks', exists: exists(state.servers) },
    servergroups: { type: 'pks', exists: exists(state.servergroups) },
  };
}

const policies: Resource = {
  model: 'hub.policy',
  listMethods: ['GET', 'POST'],
  detailMethods: ['GET', 'PATCH', 'DELETE'],
  items: (state) => state.policies,
  json: (_state, item) => policyJson(item as EvonState['policies'][number]),
  create(state, body) {
    const checked = finish(policySchema(state), body, false, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    const values = checked.values;
    const policy = {
      id: state.nextId.policies++,
      name: values.name as string,
      description: (values.description as string | null | undefined) ?? null,
      rules: (values.rules as number[] | undefined) ?? [],
      servers: (values.servers as number[] | undefined) ?? [],
      servergroups: (values.servergroups as number[] | undefined) ?? [],
    };
    state.policies.push(policy);
    return { ok: true, item: policy };
  },
  update(state, item, body) {
    const checked = finish(policySchema(state), body, true, () => null);
    if ('errors' in checked) return { ok: false, errors: checked.errors };
    Object.assign(item, checked.values);
    return { ok: true, item };
  },
  remove(state, item) {
    state.policies = state.policies.filter((policy) => policy.id !== item.id);
    return true;
  },
};

export const RESOURCES: Record<string, Resource> = {
  user: users,
  group: groups,
  server: servers,
  servergroup: servergroups,
  rule: rules,
  policy: policies,
};

export function timezones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

function configSchema(): Schema {
  const zones = timezones();
  return {
    timezone: { type: 'choice', choices: zones },
    auto_update: { type: 'boolean' },
    auto_update_time: { type: 'time' },
    discovery_mode: { type: 'boolean' },
    uuid_blacklist: {
      type: 'string',
      max: 100_000,
      blank: true,
      nullable: true,
      check: uuidListError,
    },
    uuid_whitelist: {
      type: 'string',
      max: 100_000,
      blank: true,
      nullable: true,
      check: uuidListError,
    },
  };
}

/** PATCH /api/config/1; blacklisted servers are disconnected and deleted. */
export function updateConfig(state: EvonState, body: Record<string, unknown>): FieldErrors | null {
  const { values, errors } = validate(configSchema(), body, true);
  if (errors) return errors;
  Object.assign(state.config, values);
  const banned = (state.config.uuid_blacklist ?? '')
    .split(',')
    .map((uuid) => uuid.trim().replace(/-/g, ''))
    .filter((uuid) => uuid !== '');
  for (const server of [...state.servers]) {
    if (banned.includes(server.uuid.replace(/-/g, ''))) removeServer(state, server.id);
  }
  return null;
}
