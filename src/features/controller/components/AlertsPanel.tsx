import { Alert as Notice, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type Alert,
  type Webhook,
  alertEventsQuery,
  alertsQuery,
  createAlert,
  deleteAlert,
  testAlert,
  toggleAlert,
  webhooksQuery,
} from '../api/alerts';
import type { AlertValues } from '../api/rules';
import { AlertForm } from './AlertForm';
import { EditAlertDialog } from './EditAlertDialog';
import { ErrorLine, MutationError } from './MutationError';

function CreateAlertForm({ webhooks, events }: { webhooks: Webhook[]; events: string[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: AlertValues) => {
      const webhook = webhooks.find((hook) => String(hook.id) === values.webhook_id);
      return createAlert(client, {
        name: values.name,
        webhook_id: Number(values.webhook_id),
        url: webhook?.url ?? '',
        events: values.events,
        enabled: values.enabled,
      });
    },
  });
  return (
    <AlertForm
      webhooks={webhooks}
      events={events}
      defaultValues={{ name: '', webhook_id: '', events: [], enabled: true }}
      error={mutation.error}
      errorTitle="The alert was not created"
      onSave={(values, form) =>
        mutation.mutate(values, {
          onSuccess: (alert) => {
            form.reset();
            notifications.show({ color: 'teal', title: 'Alert created', message: alert.name });
            void queryClient.invalidateQueries({
              queryKey: alertsQuery(connection.id, client).queryKey,
            });
          },
          onError: form.setFieldError,
        })
      }
      footer={
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Create alert
        </Button>
      }
    />
  );
}

function AlertsTable({
  alerts,
  webhooks,
  events,
}: {
  alerts: Alert[];
  webhooks: Webhook[];
  events: string[];
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<Alert | null>(null);
  const [editing, setEditing] = useState<Alert | null>(null);
  const [result, setResult] = useState<{ name: string; ok: boolean; text: string } | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: alertsQuery(connection.id, client).queryKey });
  const toggle = useMutation({
    mutationFn: (alert: Alert) => toggleAlert(client, alert.id),
    onSuccess: (alert) => {
      notifications.show({
        color: 'teal',
        title: alert.enabled ? 'Alert enabled' : 'Alert disabled',
        message: alert.name,
      });
      void refresh();
    },
  });
  const test = useMutation({
    mutationFn: (alert: Alert) => testAlert(client, alert.id),
    onSuccess: (outcome, alert) =>
      setResult({
        name: alert.name,
        ok: outcome.status === 'success',
        text: `${outcome.status}${outcome.code ? ` (${outcome.code})` : ''}: ${outcome.message ?? ''}`,
      }),
  });
  const remove = useMutation({
    mutationFn: (alert: Alert) => deleteAlert(client, alert.id),
    onSuccess: (alert) => {
      setDeleting(null);
      notifications.show({ color: 'teal', title: 'Alert deleted', message: alert.name });
      void refresh();
    },
  });
  if (alerts.length === 0) {
    return (
      <EmptyState title="No alerts">
        Create one to be told about tunnel or process events.
      </EmptyState>
    );
  }
  return (
    <>
      {result ? (
        <Notice
          color={result.ok ? 'teal' : 'red'}
          variant="light"
          role="status"
          title={`Test of ${result.name}`}
          withCloseButton
          closeButtonLabel="Dismiss the test result"
          onClose={() => setResult(null)}
        >
          {result.text}
        </Notice>
      ) : null}
      <MutationError error={toggle.error ?? test.error} title="The alert action failed" />
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Alerts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Webhook</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {alerts.map((alert) => (
              <Table.Tr key={alert.id}>
                <Table.Td>{alert.name}</Table.Td>
                <Table.Td>
                  {webhooks.find((hook) => hook.id === alert.webhook_id)?.name ?? alert.url ?? '—'}
                </Table.Td>
                <Table.Td>{(alert.events ?? []).join(', ')}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={alert.enabled ? 'teal' : 'gray'}>
                    {alert.enabled ? 'Enabled' : 'Disabled'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${alert.enabled ? 'Disable' : 'Enable'} ${alert.name}`}
                      loading={toggle.isPending && toggle.variables.id === alert.id}
                      onClick={() => toggle.mutate(alert)}
                    >
                      {alert.enabled ? 'Disable' : 'Enable'}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Edit ${alert.name}`}
                      onClick={() => setEditing(alert)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Test ${alert.name}`}
                      loading={test.isPending && test.variables.id === alert.id}
                      onClick={() => test.mutate(alert)}
                    >
                      Test
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      aria-label={`Delete ${alert.name}`}
                      onClick={() => setDeleting(alert)}
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
        <EditAlertDialog
          alert={editing}
          webhooks={webhooks}
          events={events}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete alert ${deleting?.name ?? ''}?`}
        confirmLabel="Delete alert"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.name} no longer sends anything.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}

export function AlertsPanel() {
  const { connection, client } = useConnectionClient();
  const alerts = useQuery(alertsQuery(connection.id, client));
  const webhooks = useQuery(webhooksQuery(connection.id, client));
  const events = useQuery(alertEventsQuery(connection.id, client));
  return (
    <Stack>
      <Title order={2} size="h4">
        Alerts
      </Title>
      <QueryBoundary query={webhooks} what="the webhooks">
        {(hooks) => (
          <>
            <QueryBoundary query={events} what="the alert events" skeletonHeight={60}>
              {(names) => (
                <>
                  <CreateAlertForm webhooks={hooks} events={names} />
                  <QueryBoundary query={alerts} what="the alerts">
                    {(data) => <AlertsTable alerts={data} webhooks={hooks} events={names} />}
                  </QueryBoundary>
                </>
              )}
            </QueryBoundary>
          </>
        )}
      </QueryBoundary>
    </Stack>
  );
}
