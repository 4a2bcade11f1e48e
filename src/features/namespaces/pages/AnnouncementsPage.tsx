import { Anchor, Group, Pagination, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { announcementPageQuery } from '../api/announcements';

const PER_PAGE = 20;

export function AnnouncementsPage() {
  const { connection, client } = useConnectionClient();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useQuery(announcementPageQuery(connection.id, client, page, PER_PAGE));
  return (
    <Stack maw={960}>
      <PageHeader
        title="Announcements"
        description="News posted by the ShellHub server, newest first."
      />
      <QueryBoundary query={query} what="the announcements">
        {({ items, total }) =>
          items.length === 0 ? (
            <EmptyState title="No announcements">The server has not posted any news.</EmptyState>
          ) : (
            <Paper withBorder radius="md">
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Title</Table.Th>
                    <Table.Th>Posted</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.uuid}>
                      <Table.Td>
                        <Anchor component={Link} to={item.uuid}>
                          {item.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{new Date(item.date).toLocaleDateString()}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group justify="space-between" p="sm">
                <Text size="sm" c="dimmed">
                  {total} {total === 1 ? 'announcement' : 'announcements'}
                </Text>
                {total > PER_PAGE ? (
                  <Pagination
                    total={Math.ceil(total / PER_PAGE)}
                    value={page}
                    onChange={(next) => setParams({ page: String(next) })}
                    aria-label="Announcement pages"
                  />
                ) : null}
              </Group>
            </Paper>
          )
        }
      </QueryBoundary>
    </Stack>
  );
}
