import { Anchor, Select, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { updatesQuery } from '../api/listUpdates';
import { GatewayQuery } from '../components/GatewayQuery';
import { TufRootCard } from '../components/TufRootCard';
import { UploadUpdateCard } from '../components/UploadUpdateCard';
import { formatUnix } from '../components/time';
import { useGatewayPaths } from '../components/usePaths';

export function UpdatesPage() {
  const { connection, client } = useConnectionClient();
  const paths = useGatewayPaths();
  const [params, setParams] = useSearchParams();
  const tag = params.get('tag');
  const all = useQuery(updatesQuery(connection.id, client, null));
  const shown = useQuery({ ...updatesQuery(connection.id, client, tag), enabled: tag !== null });
  const rows = tag ? shown : all;
  const tags = [...new Set((all.data ?? []).map((row) => row.tag))];

  return (
    <Stack>
      <PageHeader
        title="Updates"
        description="Offline updates uploaded to the gateway, by tag, and the devices assigned to each."
      />
      <Select
        label="Show tag"
        placeholder="All tags"
        data={tags}
        value={tag}
        clearable
        onChange={(value) => setParams(value ? { tag: value } : {})}
        w={240}
      />
      <GatewayQuery query={rows} what="the updates">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No updates">Upload an offline update below.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label="Updates">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Tag</Table.Th>
                    <Table.Th>Update</Table.Th>
                    <Table.Th>Uploaded</Table.Th>
                    <Table.Th>Uploaded by</Table.Th>
                    <Table.Th>Devices</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((update) => (
                    <Table.Tr key={`${update.tag}/${update.name}`}>
                      <Table.Td>{update.tag}</Table.Td>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={paths.update(update.tag, update.name)}
                          size="sm"
                        >
                          {update.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatUnix(update['uploaded-at'])}</Table.Td>
                      <Table.Td>{update['uploaded-by']}</Table.Td>
                      <Table.Td>{update['device-count']}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </GatewayQuery>
      <UploadUpdateCard />
      <TufRootCard />
    </Stack>
  );
}
