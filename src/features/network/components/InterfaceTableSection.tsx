import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type QueryKey,
  type UseQueryResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import type { NetworkInterface } from '../api/interfaces';
import { invalidateInterfaces } from './invalidateInterfaces';
import { MutationError } from './MutationError';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const addressOf = (item: NetworkInterface) =>
  item.ip_internal ? `${item.ip_internal}/${item.mask_bits ?? '?'}` : '—';

/** A table of one kind of interface with add, edit and delete (after confirmation). */
export function InterfaceTableSection({
  title,
  addLabel,
  noun,
  what,
  empty,
  query,
  columns,
  subtitle,
  cells,
  extraActions,
  locked,
  listKey,
  itemKey,
  remove: removeItem,
  confirmText,
  dialog,
  children,
}: {
  title: string;
  addLabel: string;
  /** e.g. 'GRE interface': names the buttons, dialogs and toasts. */
  noun: string;
  what: string;
  empty?: string;
  query: UseQueryResult<NetworkInterface[]>;
  /** Headers between Name and Status. */
  columns: string[];
  subtitle: (item: NetworkInterface) => string;
  cells: (item: NetworkInterface) => ReactNode;
  extraActions?: (item: NetworkInterface) => ReactNode;
  /** Why the item cannot be edited or deleted, if it cannot. */
  locked?: (item: NetworkInterface) => string | null;
  listKey: QueryKey;
  itemKey: (id: number) => QueryKey;
  remove: (item: NetworkInterface) => Promise<unknown>;
  confirmText: (item: NetworkInterface | null) => ReactNode;
  dialog: (item: NetworkInterface | undefined, onClose: () => void) => ReactNode;
  children?: ReactNode;
}) {
  const { connection } = useConnectionClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<NetworkInterface | 'new' | null>(null);
  const [deleting, setDeleting] = useState<NetworkInterface | null>(null);
  const remove = useMutation({
    mutationFn: removeItem,
    onSuccess: async (_result, item) => {
      queryClient.removeQueries({ queryKey: itemKey(item.id) });
      await invalidateInterfaces(queryClient, connection.id, listKey);
      notifications.show({
        color: 'teal',
        title: `${capitalized(noun)} deleted`,
        message: item.name,
      });
    },
    onSettled: () => setDeleting(null),
  });
  const table = (list: NetworkInterface[]) => (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={title} striped>
        <Table.Thead>
          <Table.Tr>
            {['Name', ...columns, 'Status', 'Actions'].map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((item) => {
            const note = subtitle(item);
            const lock = locked?.(item) ?? null;
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {item.name}
                  </Text>
                  {note ? (
                    <Text size="xs" c="dimmed">
                      {note}
                    </Text>
                  ) : null}
                </Table.Td>
                {cells(item)}
                <Table.Td>
                  <Badge color={item.status === 'Up' ? 'teal' : 'gray'} variant="light">
                    {item.status ?? 'Unknown'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {extraActions?.(item)}
                    {lock ? (
                      <Text size="xs" c="dimmed">
                        {lock}
                      </Text>
                    ) : (
                      <>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={`Edit ${item.name}`}
                          onClick={() => setEditing(item)}
                        >
                          Edit
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${item.name}`}
                          onClick={() => setDeleting(item)}
                        >
                          Delete
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Button size="xs" onClick={() => setEditing('new')}>
            {addLabel}
          </Button>
        </Group>
        <MutationError error={remove.error} title={`The ${noun} was not deleted`} />
        <QueryBoundary query={query} what={what}>
          {(list) =>
            empty !== undefined && list.length === 0 ? (
              <Text size="sm" c="dimmed">
                {empty}
              </Text>
            ) : (
              table(list)
            )
          }
        </QueryBoundary>
      </Stack>
      {editing ? dialog(editing === 'new' ? undefined : editing, () => setEditing(null)) : null}
      {children}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${noun}`}
        confirmLabel={`Delete ${noun}`}
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        {confirmText(deleting)}
      </ConfirmDialog>
    </Paper>
  );
}
