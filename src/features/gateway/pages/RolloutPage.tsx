import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { rolloutQuery } from '../api/rollout';
import { Facts } from '../components/Facts';
import { GatewayQuery } from '../components/GatewayQuery';
import { LogTail } from '../components/LogTail';

function listOrNone(items: string[] | null | undefined): string {
  return items?.length ? items.join(', ') : 'none';
}

export function RolloutPage() {
  const { tag = '', update = '', rollout = '' } = useParams();
  const { connection, client } = useConnectionClient();
  const detail = useQuery(rolloutQuery(connection.id, client, tag, update, rollout));
  return (
    <Stack>
      <PageHeader title={`Rollout ${rollout}`} description={`Update ${tag}/${update}`} />
      <GatewayQuery query={detail} what="the rollout" notFoundTitle="No such rollout">
        {(data) => (
          <Stack>
            <Badge variant="light" color={data.committed ? 'teal' : 'yellow'} w="fit-content">
              {data.committed ? 'Committed' : 'Assigning devices…'}
            </Badge>
            <Facts
              items={[
                ['Requested device UUIDs', listOrNone(data.uuids)],
                ['Requested groups', listOrNone(data.groups)],
              ]}
            />
            <Title order={2} size="h4">
              Scheduled devices
            </Title>
            {data['effective-uuids']?.length ? (
              <Stack gap={2} component="ul" aria-label="Scheduled devices" pl="md">
                {data['effective-uuids'].map((uuid) => (
                  <Text key={uuid} component="li" size="sm" ff="monospace">
                    {uuid}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text size="sm">
                {data.committed
                  ? 'No device matched.'
                  : 'Not known until the rollout is committed.'}
              </Text>
            )}
          </Stack>
        )}
      </GatewayQuery>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Progress of this rollout&apos;s devices
          </Title>
          <LogTail tag={tag} name={update} rollout={rollout} />
        </Stack>
      </Paper>
    </Stack>
  );
}
