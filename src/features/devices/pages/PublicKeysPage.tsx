import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { shKeys } from '../api/keys';
import {
  addPublicKeyTag,
  deletePublicKey,
  publicKeysQuery,
  removePublicKeyTag,
  setPublicKeyTags,
} from '../api/publicKeys';
import type { PublicKey } from '../api/schemas';
import { tagsQuery } from '../api/tags';
import { ActionError } from '../components/ActionError';
import { FilterTagsDialog } from '../components/FilterTagsDialog';
import { PublicKeyFormDialog } from '../components/PublicKeyFormDialog';
import { RuleFilterCell } from '../components/RuleFilterCell';
import { describeError, useCan } from '../components/permissions';
import { formatTime } from '../components/time';

export function PublicKeysPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const can = useCan();
  const keys = useQuery(publicKeysQuery(connection.id, client));
  const [editing, setEditing] = useState<PublicKey | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<PublicKey | null>(null);
  const [tagging, setTagging] = useState<PublicKey | null>(null);
  const knownTags = useQuery({ ...tagsQuery(connection.id, client), enabled: tagging !== null });
  const canChange = can('change public keys');
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: shKeys.publicKeys(connection.id) });
  const refreshWithTags = () =>
    Promise.all([
      refresh(),
      queryClient.invalidateQueries({ queryKey: shKeys.tags(connection.id) }),
    ]);

  const remove = useMutation({
    mutationFn: (key: PublicKey) => deletePublicKey(client, key.fingerprint),
    onSuccess: async (_data, key) => {
      await refresh();
      setDeleting(null);
      notifications.show({
        color: 'teal',
        title: 'Public key deleted',
        message: `${key.name} can no longer log in.`,
      });
    },
    onError: () => setDeleting(null),
  });
  const untag = useMutation({
    mutationFn: ({ key, tag }: { key: PublicKey; tag: string }) =>
      removePublicKeyTag(client, key.fingerprint, tag),
    onSuccess: async (_data, { key, tag }) => {
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Tag removed',
        message: `${key.name} no longer applies to ${tag}.`,
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Tag not removed',
        message: describeError(error, 'change public keys'),
      }),
  });

  return (
    <Stack>
      <PageHeader
        title="Public keys"
        description="SSH public keys that may log in to this namespace's devices without a password."
        actions={
          canChange ? <Button onClick={() => setEditing(null)}>Add public key</Button> : null
        }
      />
      <ActionError
        error={remove.error}
        title="The key was not deleted"
        action="change public keys"
      />
      <QueryBoundary query={keys} what="the public keys" skeletonHeight={200}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No public keys">
              Add a key to log in to devices without a password.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table aria-label="Public keys" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Fingerprint</Table.Th>
                    <Table.Th>Username</Table.Th>
                    <Table.Th>Devices</Table.Th>
                    <Table.Th>Added</Table.Th>
                    {canChange ? <Table.Th>Actions</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((key) => (
                    <Table.Tr key={key.fingerprint}>
                      <Table.Td>{key.name}</Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {key.fingerprint}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {key.username}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RuleFilterCell
                          filter={key.filter}
                          onRemoveTag={canChange ? (tag) => untag.mutate({ key, tag }) : undefined}
                          onEditTags={canChange ? () => setTagging(key) : undefined}
                          name={key.name}
                        />
                      </Table.Td>
                      <Table.Td>{formatTime(key.created_at)}</Table.Td>
                      {canChange ? (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              aria-label={`Edit ${key.name}`}
                              onClick={() => setEditing(key)}
                            >
                              Edit
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              aria-label={`Delete ${key.name}`}
                              onClick={() => setDeleting(key)}
                            >
                              Delete
                            </Button>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBoundary>
      {editing !== undefined ? (
        <PublicKeyFormDialog publicKey={editing} onClose={() => setEditing(undefined)} />
      ) : null}
      {tagging ? (
        <FilterTagsDialog
          name={tagging.name}
          tags={tagging.filter.tags ?? []}
          knownTags={knownTags.data ?? []}
          action="change public keys"
          onAdd={async (tag) => {
            await addPublicKeyTag(client, tagging.fingerprint, tag);
            await refreshWithTags();
          }}
          onReplace={async (tags) => {
            await setPublicKeyTags(client, tagging.fingerprint, tags);
            await refreshWithTags();
          }}
          onClose={() => setTagging(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete the public key ${deleting?.name ?? ''}?`}
        confirmLabel="Delete key"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        {deleting?.name} ({deleting?.fingerprint}) can no longer be used to log in.
      </ConfirmDialog>
    </Stack>
  );
}
