import { Button, Group, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { deleteTag, tagsQuery } from '../api/tags';
import { ActionError } from '../components/ActionError';
import { RenameTagDialog } from '../components/RenameTagDialog';
import { useCan } from '../components/permissions';

export function TagsPage() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const can = useCan();
  const tags = useQuery(tagsQuery(connection.id, client));
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (tag: string) => deleteTag(client, tag),
    onSuccess: async (_data, tag) => {
      await queryClient.invalidateQueries({ queryKey: [connection.id, 'shellhub'] });
      setDeleting(null);
      notifications.show({
        color: 'teal',
        title: 'Tag deleted',
        message: `${tag} was removed everywhere.`,
      });
    },
    onError: () => setDeleting(null),
  });
  const canEdit = can('edit tags');

  return (
    <Stack>
      <PageHeader
        title="Tags"
        description="Tags group devices for firewall rules and public keys."
      />
      <ActionError error={remove.error} title="The tag was not deleted" action="edit tags" />
      <QueryBoundary query={tags} what="the tags">
        {(data) =>
          data.length === 0 ? (
            <EmptyState title="No tags">
              Tag a device from its page to start grouping devices.
            </EmptyState>
          ) : (
            <Table aria-label="Tags" verticalSpacing="xs" maw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  {canEdit ? <Table.Th>Actions</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((tag) => (
                  <Table.Tr key={tag}>
                    <Table.Td>{tag}</Table.Td>
                    {canEdit ? (
                      <Table.Td>
                        <Group gap={4}>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={`Rename ${tag}`}
                            onClick={() => setRenaming(tag)}
                          >
                            Rename
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${tag}`}
                            onClick={() => setDeleting(tag)}
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
          )
        }
      </QueryBoundary>
      {renaming ? <RenameTagDialog tag={renaming} onClose={() => setRenaming(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete the tag ${deleting ?? ''}?`}
        confirmLabel="Delete tag"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        {deleting} is removed from every device, container, firewall rule and public key.
      </ConfirmDialog>
    </Stack>
  );
}
