import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { sessionListQuery } from '../api/sessions';
import { ListPager } from '../components/ListPager';
import { AuthBadge, SessionStateBadge } from '../components/SessionBadges';
import { formatTime } from '../components/time';
import { useShellHubPaths } from '../components/usePaths';

const PER_PAGE = 25;

export function SessionsPage() {
  const { connection, client } = useConnectionClient();
  const paths = useShellHubPaths();
  const [search, setSearch] = useSearchParams();
  const rawPage = Number(search.get('page'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const sessions = useQuery(sessionListQuery(connection.id, client, page, PER_PAGE));

  return (
    <Stack>
      <PageHeader
        title="Sessions"
        description="SSH sessions to this namespace's devices, newest first."
      />
      <QueryBoundary query={sessions} what="the sessions" skeletonHeight={320}>
        {(data) =>
          data.items.length === 0 && page === 1 ? (
            <EmptyState title="No sessions yet">
              Sessions appear here once someone connects to a device over SSH.
            </EmptyState>
          ) : (
            <Stack>
              <Table.ScrollContainer minWidth={900}>
                <Table aria-label="Sessions" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Device</Table.Th>
                      <Table.Th>User</Table.Th>
                      <Table.Th>IP address</Table.Th>
                      <Table.Th>Authentication</Table.Th>
                      <Table.Th>Recorded</Table.Th>
                      <Table.Th>Started</Table.Th>
                      <Table.Th>State</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((session) => (
                      <Table.Tr key={session.uid}>
                        <Table.Td>
                          <Anchor component={Link} to={paths.session(session.uid)} size="sm">
                            {session.device?.name ?? session.device_uid.slice(0, 12)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{session.username}</Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {session.ip_address}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <AuthBadge authenticated={session.authenticated} />
                        </Table.Td>
                        <Table.Td>
                          {session.recorded ? (
                            <Badge variant="light">Recorded</Badge>
                          ) : (
                            <Text size="sm">No</Text>
                          )}
                        </Table.Td>
                        <Table.Td>{formatTime(session.started_at)}</Table.Td>
                        <Table.Td>
                          <SessionStateBadge session={session} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <ListPager
                noun="sessions"
                page={page}
                perPage={PER_PAGE}
                count={data.items.length}
                total={data.total}
                onPage={(next) => setSearch(next === 1 ? {} : { page: String(next) })}
              />
            </Stack>
          )
        }
      </QueryBoundary>
    </Stack>
  );
}
