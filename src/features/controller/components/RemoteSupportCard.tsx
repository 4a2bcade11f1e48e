import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { saveBlob } from '@/api/download';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { QueryBoundary } from '@/components/QueryBoundary';
import { generateSupportKeypair, remoteSupportQuery, updateRemoteSupport } from '../api/admin';
import { ErrorLine, MutationError } from './MutationError';
import { RawFileUpload } from './RawFileUpload';

export function RemoteSupportCard() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const support = useQuery(remoteSupportQuery(connection.id, client));
  const [revoking, setRevoking] = useState(false);
  const change = useMutation({
    mutationFn: (body: { enabled?: boolean; revoke_credential?: boolean }) =>
      updateRemoteSupport(client, body),
    onSuccess: (result, body) => {
      setRevoking(false);
      queryClient.setQueryData(remoteSupportQuery(connection.id, client).queryKey, {
        enabled: result.enabled,
      });
      notifications.show({
        color: 'teal',
        title: body.revoke_credential
          ? 'Support key revoked'
          : result.enabled
            ? 'Remote support enabled'
            : 'Remote support disabled',
        message: connection.name,
      });
    },
  });
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4">
              Remote support
            </Title>
            {support.data ? (
              <Badge variant="light" color={support.data.enabled ? 'teal' : 'gray'}>
                {support.data.enabled ? 'Enabled' : 'Disabled'}
              </Badge>
            ) : null}
          </Group>
          <QueryBoundary query={support} what="the remote support status" skeletonHeight={60}>
            {(data) => (
              <Stack>
                <Text size="sm">
                  {data.enabled
                    ? 'Cohesive support may connect to this controller with the support key pair.'
                    : 'Cohesive support cannot connect. Enable it when support asks you to.'}
                </Text>
                <Group>
                  <Button
                    variant={data.enabled ? 'default' : 'filled'}
                    loading={change.isPending && change.variables.enabled !== undefined}
                    onClick={() => change.mutate({ enabled: !data.enabled })}
                  >
                    {data.enabled ? 'Disable remote support' : 'Enable remote support'}
                  </Button>
                  <Button variant="default" color="red" onClick={() => setRevoking(true)}>
                    Revoke support key
                  </Button>
                </Group>
                {!revoking ? (
                  <MutationError error={change.error} title="Remote support was not changed" />
                ) : null}
              </Stack>
            )}
          </QueryBoundary>
        </Stack>
      </Paper>
      {support.data?.enabled ? (
        <RawFileUpload
          title="Support key pair"
          fileLabel="Encrypted passphrase file"
          description="The file Cohesive support sent you. The controller answers with the SSH key to send back to them."
          submitLabel="Generate and download key"
          failureTitle="The key pair was not generated"
          send={generateSupportKeypair}
          onDone={({ blob, fileName }) => {
            saveBlob(blob, fileName);
            notifications.show({
              color: 'teal',
              title: 'Support key downloaded',
              message: fileName,
            });
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={revoking}
        title={`Revoke the support key of ${connection.name}?`}
        confirmLabel="Revoke key"
        loading={change.isPending}
        onConfirm={() => change.mutate({ revoke_credential: true })}
        onCancel={() => {
          setRevoking(false);
          change.reset();
        }}
      >
        The current support key pair stops working; support needs a new one to connect.
        {change.error ? <ErrorLine error={change.error} /> : null}
      </ConfirmDialog>
    </Stack>
  );
}
