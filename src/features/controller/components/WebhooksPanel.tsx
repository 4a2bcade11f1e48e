import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
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
import { type WebhookValues, webhookSchema } from '../api/rules';
import { ErrorLine, MutationError } from './MutationError';

function CreateWebhookForm({ events }: { events: string[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<WebhookValues>({
    resolver: zodResolver(webhookSchema),
    defaultValues: { name: '', url: '', body: '', validate_cert: true, events: [], headers: [] },
  });
  const mutation = useMutation({
    mutationFn: (values: WebhookValues) => createWebhook(client, values),
    onSuccess: (hook) => {
      form.reset();
      notifications.show({ color: 'teal', title: 'Webhook created', message: hook.name });
      void queryClient.invalidateQueries({
        queryKey: webhooksQuery(connection.id, client).queryKey,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Webhook name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput
            label="Webhook URL"
            withAsterisk
            {...form.register('url')}
            error={errors.url?.message}
          />
        </Group>
        <Textarea
          label="Body template"
          description="Optional; ${event} and other placeholders are filled in by the controller"
          autosize
          minRows={2}
          {...form.register('body')}
        />
        <Controller
          control={form.control}
          name="events"
          render={({ field }) => (
            <MultiSelect
              label="Events"
              data={events}
              value={field.value}
              onChange={field.onChange}
              searchable
            />
          )}
        />
        <Checkbox label="Validate the server certificate" {...form.register('validate_cert')} />
        <MutationError error={mutation.error} title="The webhook was not created" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Create webhook
        </Button>
      </Stack>
    </form>
  );
}

function WebhooksTable({ webhooks }: { webhooks: Webhook[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<Webhook | null>(null);
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
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    aria-label={`Delete ${hook.name}`}
                    onClick={() => setDeleting(hook)}
                  >
                    Delete
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
        {(names) => <CreateWebhookForm events={names} />}
      </QueryBoundary>
      <QueryBoundary query={webhooks} what="the webhooks">
        {(data) => <WebhooksTable webhooks={data} />}
      </QueryBoundary>
    </Stack>
  );
}
