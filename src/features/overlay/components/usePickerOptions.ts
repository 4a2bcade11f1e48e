import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { allQuery } from '../api/crud';
import { groupsQuery } from '../api/groupIds';
import { RULES, SERVERS, SERVER_GROUPS, USERS } from '../api/resources';
import type { IdOption } from './IdMultiSelect';

export interface PickerOptions {
  users: IdOption[];
  groups: IdOption[];
  servers: IdOption[];
  serverGroups: IdOption[];
  rules: IdOption[];
  loading: boolean;
}

/** Every related object a rule or policy can point at, as id + label for the pickers. */
export function usePickerOptions(enabled = true): PickerOptions {
  const { connection, client } = useConnectionClient();
  const users = useQuery({ ...allQuery(connection.id, client, USERS), enabled });
  const groups = useQuery({ ...groupsQuery(connection.id, client), enabled });
  const servers = useQuery({ ...allQuery(connection.id, client, SERVERS), enabled });
  const serverGroups = useQuery({ ...allQuery(connection.id, client, SERVER_GROUPS), enabled });
  const rules = useQuery({ ...allQuery(connection.id, client, RULES), enabled });
  return {
    users: (users.data ?? []).map((user) => ({ id: user.id, label: user.username })),
    groups: (groups.data ?? []).flatMap((group) =>
      group.id === null ? [] : [{ id: group.id, label: group.name }],
    ),
    servers: (servers.data ?? []).map((server) => ({ id: server.id, label: server.fqdn })),
    serverGroups: (serverGroups.data ?? []).map((group) => ({ id: group.id, label: group.name })),
    rules: (rules.data ?? []).map((rule) => ({ id: rule.id, label: rule.name })),
    loading: [users, groups, servers, serverGroups, rules].some((query) => query.isPending),
  };
}

export function labelsOf(ids: number[], options: IdOption[]): string {
  const byId = new Map(options.map((option) => [option.id, option.label]));
  return ids.map((id) => byId.get(id) ?? `#${id}`).join(', ');
}
