import { Anchor, Button, List, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { PageHeader } from '@/components/PageHeader';
import { ServerText } from '@/components/ServerText';
import { deleteUpdate } from '../api/deleteUpdate';
import { gatewayKeys } from '../api/keys';
import { updatesQuery } from '../api/listUpdates';
import { rolloutsQuery } from '../api/rollouts';
import { updateTufQuery } from '../api/updateTuf';
import { CreateRolloutForm } from '../components/CreateRolloutForm';
import { Facts } from '../components/Facts';
import { GatewayQuery } from '../components/GatewayQuery';
import { LogTail } from '../components/LogTail';
import { MutationError } from '../components/MutationError';
import { formatUnix } from '../components/time';
import { useGatewayPaths } from '../components/usePaths';

export function UpdatePage() {
  const { tag = '', update = '' } = useParams();
  const { connection, client } = useConnectionClient();
  const paths = useGatewayPaths();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const summary = useQuery(updatesQuery(connection.id, client, tag));
  const rollouts = useQuery(rolloutsQuery(connection.id, client, tag, update));
  const tuf = useQuery(updateTufQuery(connection.id, client, tag, update));
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteUpdate(client, tag, update),
    onSuccess: async () => {
      setConfirming(false);
      queryClient.removeQueries({ queryKey: gatewayKeys.update(connection.id, tag, update) });
      await queryClient.invalidateQueries({ queryKey: gatewayKeys.updates(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Update deleted',
        message: `${tag}/${update} deleted.`,
      });
      void navigate(paths.updates);
    },
    onError: () => setConfirming(false),
  });
  const info = summary.data?.find((row) => row.name === update);

  return (
    <Stack>
      <PageHeader
        title={`Update ${update}`}
        description={`Tag ${tag}`}
        actions={
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            Delete update
          </Button>
        }
      />
      <MutationError error={remove.error} title="The update was not deleted" />
      <GatewayQuery query={summary} what="the update">
        {() =>
          info ? (
            <Facts
              items={[
                ['Uploaded', formatUnix(info['uploaded-at'])],
                ['Uploaded by', info['uploaded-by']],
                ['Devices assigned', String(info['device-count'])],
              ]}
            />
          ) : (
            <Text size="sm">This update is not listed under tag {tag}.</Text>
          )
        }
      </GatewayQuery>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Rollouts
          </Title>
          <GatewayQuery query={rollouts} what="the rollouts">
            {(names) =>
              names.length === 0 ? (
                <Text size="sm">No rollouts yet.</Text>
              ) : (
                <List aria-label="Rollouts">
                  {names.map((rollout) => (
                    <List.Item key={rollout}>
                      <Anchor component={Link} to={paths.rollout(tag, update, rollout)}>
                        {rollout}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )
            }
          </GatewayQuery>
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <CreateRolloutForm tag={tag} name={update} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            Progress of all devices
          </Title>
          <LogTail tag={tag} name={update} rollout={null} />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            TUF metadata
          </Title>
          <GatewayQuery query={tuf} what="the TUF metadata">
            {(roles) => (
              <Tabs defaultValue={Object.keys(roles)[0] ?? 'raw'}>
                <Tabs.List>
                  {Object.keys(roles).map((role) => (
                    <Tabs.Tab key={role} value={role}>
                      {role}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {Object.entries(roles).map(([role, data]) => (
                  <Tabs.Panel key={role} value={role} pt="sm">
                    <ServerText label={`TUF ${role}`} text={JSON.stringify(data, null, 2)} />
                  </Tabs.Panel>
                ))}
              </Tabs>
            )}
          </GatewayQuery>
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={confirming}
        title={`Delete update ${update}?`}
        confirmLabel="Delete update"
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate()}
      >
        {tag}/{update} and its rollouts will be removed from the gateway. The gateway refuses while
        devices are still assigned to it.
      </ConfirmDialog>
    </Stack>
  );
}
