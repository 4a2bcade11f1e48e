import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { deleteItem, pageQuery } from '../api/crud';
import { overlayKeys } from '../api/keys';
import { POLICIES, SERVERS, type Policy } from '../api/resources';
import { DeleteAction } from '../components/DeleteAction';
import { OverlayBoundary } from '../components/Forbidden';
import { Pager } from '../components/Pager';
import { PolicyDialog } from '../components/PolicyDialog';
import { labelsOf, usePickerOptions } from '../components/usePickerOptions';
import { usePageParam } from '../components/usePageParam';

export function PoliciesPage() {
  const { connection, client } = useConnectionClient();
  const [page, setPage] = usePageParam();
  const policies = useQuery(pageQuery(connection.id, client, POLICIES, page));
  const options = usePickerOptions(policies.isSuccess);
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title="Policies"
        description="Apply rules to target servers and server groups: the sources of the rules may then reach those servers."
        actions={<Button onClick={() => setEditing('new')}>Create policy</Button>}
      />
      <OverlayBoundary query={policies} what="policies" action="view policies">
        {(data) => (
          <Paper withBorder radius="md" p="sm">
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover aria-label="Policies">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Rules</Table.Th>
                    <Table.Th>Targets</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.results.map((policy) => {
                    const targets = [
                      labelsOf(policy.servers, options.servers),
                      labelsOf(policy.servergroups, options.serverGroups),
                    ].filter(Boolean);
                    return (
                      <Table.Tr key={policy.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {policy.name}
                          </Text>
                          {policy.description ? (
                            <Text size="xs" c="dimmed">
                              {policy.description}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{labelsOf(policy.rules, options.rules) || '—'}</Table.Td>
                        <Table.Td>{targets.join('; ') || '—'}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setEditing(policy)}
                              aria-label={`Edit policy ${policy.name}`}
                            >
                              Edit
                            </Button>
                            <DeleteAction
                              what="policy"
                              name={policy.name}
                              remove={() => deleteItem(client, POLICIES, policy.id)}
                              invalidate={[
                                overlayKeys.list(connection.id, POLICIES.name),
                                overlayKeys.list(connection.id, SERVERS.name),
                              ]}
                            />
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              count={data.count}
              next={data.next}
              previous={data.previous}
              noun="policies"
              shown={data.results.length}
              onPage={setPage}
            />
          </Paper>
        )}
      </OverlayBoundary>
      {editing ? (
        <PolicyDialog
          policy={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
