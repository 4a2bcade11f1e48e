import { Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type V1SetKind,
  groupByName,
  reinitializeV1Sets,
  v1SetsQuery,
  v1SubgroupPositionsQuery,
} from '../api/v1Sets';
import { MutationError } from './MutationError';

const LABEL: Record<V1SetKind, string> = { subgroup: 'Subgroups', fwset: 'Fwsets' };

/** The subgroup lines with their position in their own chain (the verbose view). */
function SubgroupPositions() {
  const { connection, client } = useConnectionClient();
  const positions = useQuery(v1SubgroupPositionsQuery(connection.id, client));
  return (
    <QueryBoundary query={positions} what="the subgroup positions">
      {(rows) => (
        <Table aria-label="v1 subgroup positions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Position</Table.Th>
              <Table.Th>Line</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([line, position], index) => (
              <Table.Tr key={`${index}:${line}`}>
                <Table.Td>{position}</Table.Td>
                <Table.Td ff="monospace">{line}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryBoundary>
  );
}

/** The v1 subgroups or fwsets by name, with reload and (for subgroups) the positions view. */
export function V1SetList({
  kind,
  onDelete,
}: {
  kind: V1SetKind;
  onDelete: (name: string) => void;
}) {
  const { connection, client } = useConnectionClient();
  const sets = useQuery(v1SetsQuery(connection.id, client, kind));
  const [showPositions, setShowPositions] = useState(false);
  const reload = useMutation({
    mutationFn: () => reinitializeV1Sets(client, kind),
    onSuccess: () =>
      notifications.show({
        color: 'teal',
        title: `${LABEL[kind]} reloaded`,
        message: 'The controller loaded them into the firewall again.',
      }),
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {LABEL[kind]}
        </Title>
        <Group gap="sm">
          {kind === 'subgroup' ? (
            <Switch
              label="Show positions in each chain"
              checked={showPositions}
              onChange={(event) => setShowPositions(event.currentTarget.checked)}
            />
          ) : null}
          <Button
            size="compact-sm"
            variant="default"
            loading={reload.isPending}
            onClick={() => reload.mutate()}
          >
            Reload {LABEL[kind].toLowerCase()}
          </Button>
        </Group>
      </Group>
      <MutationError
        error={reload.error}
        title={`The ${LABEL[kind].toLowerCase()} were not reloaded`}
      />
      {showPositions ? <SubgroupPositions /> : null}
      <QueryBoundary query={sets} what={`the v1 ${LABEL[kind].toLowerCase()}`}>
        {(lines) =>
          lines.length === 0 ? (
            <EmptyState title={`No ${LABEL[kind].toLowerCase()}`}>Create one below.</EmptyState>
          ) : (
            <Table aria-label={`v1 ${LABEL[kind].toLowerCase()}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={180}>Name</Table.Th>
                  <Table.Th>Lines</Table.Th>
                  <Table.Th w={100}>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groupByName(lines).map((group) => (
                  <Table.Tr key={group.name}>
                    <Table.Td ff="monospace">{group.name}</Table.Td>
                    <Table.Td>
                      {group.lines.map((line, index) => (
                        <Text key={`${index}:${line}`} size="sm" ff="monospace">
                          {line}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        aria-label={`Delete ${group.name}`}
                        onClick={() => onDelete(group.name)}
                      >
                        Delete
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryBoundary>
    </Stack>
  );
}
