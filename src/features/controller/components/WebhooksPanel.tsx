import { Button, Group, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type Webhook,
  alertEventsQuery,
  alertsQuery,
  createWebhook,
  deleteWebhook,
  webhooksQuery,
} from '../api/alerts';
import type { WebhookValues } from '../api/rules';
import { EditWebhookDialog } from './EditWebhookDialog';
import { WebhookForm } from './WebhookForm';
import { ErrorLine } from './MutationError';

function CreateWebhookForm({ events }: { events: string[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: WebhookValues) => createWebhook(client, values),
  });
  return (
    <WebhookForm
      events={events}
      defaultValues={{ name: '', url: '', body: '', validate_cert: true, events: [], headers: [] }}
      error={mutation.error}
      errorTitle="The webhook was not created"
      onSave={(values, form) =>
        mutation.mutate(values, {
          onSuccess: (hook) => {
            form.reset();
            notifications.show({ color: 'teal', title: 'Webhook created', message: hook.name });
            void queryClient.invalidateQueries({
              queryKey: webhooksQuery(connection.id, client).queryKey,
            });
          },
          onError: form.setFieldError,
        })
      }
      footer={
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Create webhook
        </Button>
      }
    />
  );
}

function WebhooksTable({ webhooks, events }: { webhooks: Webhook[]; events: string[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [editing, setEditing] = useState<Webhook | null>(null);
  const remove = useMutation({
    mutationFn: (hook: Webhook) => deleteWebhook(client, hook.id),
    onSuccess: (hook) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Webhook deleted', message: hook.name });
      void queryClient.invalidateQueries({
        queryKey: webhooksQuery(connection.id, client).queryKey,
      });
      void queryClient.invalidateQueries({ queryKey: alertsQuery(connection.id, client).queryKey });
    },
  });
  if (webhooks.length === 0) {
    return <EmptyState title="No webhooks">Create one for alerts to send to.</EmptyState>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Webhooks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>URL</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>Certificate check</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {webhooks.map((hook) => (
              <Table.Tr key={hook.id}>
                <Table.Td>{hook.name}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{hook.url ?? '—'}</Table.Td>
                <Table.Td>{(hook.events ?? []).join(', ') || 'All'}</Table.Td>
                <Table.Td>{hook.validate_cert === false ? 'Off' : 'On'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Edit ${hook.name}`}
                      onClick={() => setEditing(hook)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      aria-label={`Delete ${hook.name}`}
                      onClick={() => setDeleting(hook)}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing ? (
        <EditWebhookDialog webhook={editing} events={events} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete webhook ${deleting?.name ?? ''}?`}
        confirmLabel="Delete webhook"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        Alerts that send to {deleting?.name} stop being delivered.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}

export function WebhooksPanel() {
  const { connection, client } = useConnectionClient();
  const webhooks = useQuery(webhooksQuery(connection.id, client));
  const events = useQuery(alertEventsQuery(connection.id, client));
  return (
    <Stack>
      <Title order={2} size="h4">
        Webhooks
      </Title>
      <QueryBoundary query={events} what="the alert events" skeletonHeight={60}>
        {(names) => (
          <>
            <CreateWebhookForm events={names} />
            <QueryBoundary query={webhooks} what="the webhooks">
              {(data) => <WebhooksTable webhooks={data} events={names} />}
            </QueryBoundary>
          </>
        )}
      </QueryBoundary>
    </Stack>
  );
}
