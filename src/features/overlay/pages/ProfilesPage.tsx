import { Paper, Select, Stack, Switch, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { allQuery } from '../api/crud';
import { overlayKeys } from '../api/keys';
import { patchProfile, profileQuery } from '../api/profile';
import { USERS } from '../api/resources';
import { OverlayBoundary } from '../components/Forbidden';
import { MutationError } from '../components/MutationError';

/** The hub keys profiles by user id and has no "who am I": pick the user. */
export function ProfilesPage() {
  const { connection, client } = useConnectionClient();
  const users = useQuery(allQuery(connection.id, client, USERS));
  const [userId, setUserId] = useState<number | null>(null);
  const chosen = userId ?? users.data?.[0]?.id ?? null;

  return (
    <>
      <PageHeader
        title="User profiles"
        description="Each user's overlay address, and whether other systems may connect to that user's device."
      />
      <OverlayBoundary query={users} what="users" action="view users">
        {(list) => (
          <Stack maw={560}>
            <Select
              label="User"
              searchable
              data={list.map((user) => ({ value: String(user.id), label: user.username }))}
              value={chosen === null ? null : String(chosen)}
              onChange={(value) => value && setUserId(Number(value))}
              allowDeselect={false}
            />
            {chosen !== null ? (
              <ProfilePanel
                userId={chosen}
                username={list.find((user) => user.id === chosen)?.username ?? `#${chosen}`}
              />
            ) : null}
          </Stack>
        )}
      </OverlayBoundary>
    </>
  );
}

function ProfilePanel({ userId, username }: { userId: number; username: string }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const profile = useQuery(profileQuery(connection.id, client, userId));
  const save = useMutation({
    mutationFn: (shared: boolean) => patchProfile(client, userId, shared),
    onSuccess: (saved) => {
      queryClient.setQueryData(overlayKeys.profile(connection.id, userId), saved);
      notifications.show({
        color: 'teal',
        title: saved.shared ? 'Device sharing on' : 'Device sharing off',
        message: username,
      });
    },
  });
  return (
    <OverlayBoundary
      query={profile}
      what={`the profile of ${username}`}
      action="view user profiles"
    >
      {(data) => (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Table aria-label={`Profile of ${username}`} variant="vertical" withTableBorder={false}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={180}>IPv4 address</Table.Th>
                  <Table.Td ff="monospace">{data.ipv4_address}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <MutationError error={save.error} action="change user profiles" />
            <Switch
              label="Share this user's device"
              description="Allow other systems on the overlay network to connect to this user's device."
              checked={save.isPending ? (save.variables ?? data.shared) : data.shared}
              disabled={save.isPending}
              onChange={(event) => save.mutate(event.currentTarget.checked)}
            />
          </Stack>
        </Paper>
      )}
    </OverlayBoundary>
  );
}
