import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { overlayKeys } from './keys';
import { fetchAll } from './paged';
import { GROUPS, type Group, USERS, groupSchema } from './resources';

export type GroupWithId = Group & { id: number | null };

/**
 * The hub lists groups in id order but without their ids. A group with members has exactly the id
 * that all its members, and no one else, carry in their `groups`.
 */
export function inferGroupIds(
  groups: readonly Group[],
  users: readonly { id: number; groups: number[] }[],
): (number | null)[] {
  const allIds = [...new Set(users.flatMap((user) => user.groups))];
  const membersOf = (id: number) =>
    users
      .filter((user) => user.groups.includes(id))
      .map((user) => user.id)
      .sort((a, b) => a - b)
      .join(',');
  return groups.map((group) => {
    if (group.user_set.length === 0) return null;
    const wanted = [...group.user_set].sort((a, b) => a - b).join(',');
    const matches = allIds.filter((id) => membersOf(id) === wanted);
    return matches.length === 1 ? (matches[0] ?? null) : null;
  });
}

/** Ids still unknown lie between their neighbours' (the list is in id order); ask the hub. */
async function probeIds(
  client: HttpClient,
  groups: readonly Group[],
  known: (number | null)[],
  signal?: AbortSignal,
): Promise<(number | null)[]> {
  const ids = [...known];
  let floor = 0;
  for (let index = 0; index < groups.length; index += 1) {
    const id = ids[index];
    if (id !== null && id !== undefined) {
      floor = id;
      continue;
    }
    const ceiling = ids.slice(index + 1).find((next) => next !== null) ?? floor + 200;
    for (let candidate = floor + 1; candidate < (ceiling ?? floor + 200); candidate += 1) {
      try {
        const found = await client.json(
          { path: `${GROUPS.path}/${candidate}`, signal },
          groupSchema,
        );
        if (found.name === groups[index]?.name) {
          ids[index] = candidate;
          floor = candidate;
          break;
        }
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    }
  }
  return ids;
}

export async function fetchGroupsWithIds(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<GroupWithId[]> {
  const [groups, users] = await Promise.all([
    fetchAll(client, GROUPS.path, GROUPS.item, signal),
    // Users hold the memberships; without the right to list them, the hub is asked id by id.
    fetchAll(client, USERS.path, USERS.item, signal).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 403) return [];
      throw error;
    }),
  ]);
  let ids = inferGroupIds(groups, users);
  if (ids.some((id) => id === null)) ids = await probeIds(client, groups, ids, signal);
  return groups.map((group, index) => ({ ...group, id: ids[index] ?? null }));
}

export function groupsQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: overlayKeys.everything(connectionId, GROUPS.name),
    queryFn: ({ signal }) => fetchGroupsWithIds(client, signal),
  });
}
