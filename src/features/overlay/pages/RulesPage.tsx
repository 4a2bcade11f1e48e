import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { deleteItem, pageQuery } from '../api/crud';
import { overlayKeys } from '../api/keys';
import { POLICIES, RULES, type Rule } from '../api/resources';
import { DeleteAction } from '../components/DeleteAction';
import { OverlayBoundary } from '../components/Forbidden';
import { Pager } from '../components/Pager';
import { PROTOCOL_LABELS, RuleDialog } from '../components/RuleDialog';
import { labelsOf, usePickerOptions } from '../components/usePickerOptions';
import { usePageParam } from '../components/usePageParam';

export function RulesPage() {
  const { connection, client } = useConnectionClient();
  const [page, setPage] = usePageParam();
  const rules = useQuery(pageQuery(connection.id, client, RULES, page));
  const options = usePickerOptions(rules.isSuccess);
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title="Rules"
        description="Who may connect (source users, groups, servers, server groups) and to which protocol and ports. Policies apply rules to target servers."
        actions={<Button onClick={() => setEditing('new')}>Create rule</Button>}
      />
      <OverlayBoundary query={rules} what="rules" action="view rules">
        {(data) => (
          <Paper withBorder radius="md" p="sm">
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover aria-label="Rules">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Destination</Table.Th>
                    <Table.Th>Sources</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.results.map((rule) => {
                    const sources = [
                      labelsOf(rule.source_users, options.users),
                      labelsOf(rule.source_groups, options.groups),
                      labelsOf(rule.source_servers, options.servers),
                      labelsOf(rule.source_servergroups, options.serverGroups),
                    ].filter(Boolean);
                    return (
                      <Table.Tr key={rule.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {rule.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6}>
                            <Badge variant="light">
                              {PROTOCOL_LABELS[rule.destination_protocol]}
                            </Badge>
                            {rule.destination_ports ? (
                              <Text size="sm" ff="monospace">
                                {rule.destination_ports}
                              </Text>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>{sources.join('; ') || '—'}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setEditing(rule)}
                              aria-label={`Edit rule ${rule.name}`}
                            >
                              Edit
                            </Button>
                            <DeleteAction
                              what="rule"
                              name={rule.name}
                              remove={() => deleteItem(client, RULES, rule.id)}
                              invalidate={[
                                overlayKeys.list(connection.id, RULES.name),
                                overlayKeys.list(connection.id, POLICIES.name),
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
              noun="rules"
              shown={data.results.length}
              onPage={setPage}
            />
          </Paper>
        )}
      </OverlayBoundary>
      {editing ? (
        <RuleDialog rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
