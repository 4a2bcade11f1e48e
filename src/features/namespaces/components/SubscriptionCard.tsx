import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryBoundary } from '@/components/QueryBoundary';
import { namespacesKeys } from '../api/keys';
import type { Customer, Subscription } from '../api/schemas';
import { createSubscription, formatAmount, subscriptionQuery } from '../api/subscription';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

const WARNINGS: Record<string, string> = {
  past_due: 'The last payment failed; ShellHub retries it. Update the card to keep access.',
  unpaid: 'Invoices are unpaid: devices cannot connect until they are paid.',
  incomplete: 'The first payment has not gone through yet.',
  paused: 'The subscription is paused.',
  to_cancel_at_end_of_period: 'The subscription ends at the end of the current period.',
};

export function SubscriptionCard({
  tenant,
  customer,
}: {
  tenant: string;
  customer: Customer | null;
}) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const query = useQuery(subscriptionQuery(connection.id, client, tenant));
  const subscribe = useMutation({
    mutationFn: () => createSubscription(client),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: namespacesKeys.subscription(connection.id, tenant),
        }),
        queryClient.invalidateQueries({
          queryKey: namespacesKeys.evaluation(connection.id, tenant),
        }),
        queryClient.invalidateQueries({
          queryKey: namespacesKeys.namespace(connection.id, tenant),
          exact: true,
        }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Subscribed',
        message: 'The namespace has no device limit any more.',
      });
    },
  });
  const hasDefault = customer?.payment_methods?.some((method) => method.default) ?? false;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Subscription
        </Title>
        <QueryBoundary query={query} what="the subscription">
          {(subscription) =>
            subscription.active ? (
              <Active subscription={subscription} />
            ) : (
              <Stack align="flex-start">
                <Text size="sm">
                  No active subscription
                  {subscription.status !== 'inactive' ? ` (status ${subscription.status})` : ''}:
                  the namespace keeps the free device limit.
                </Text>
                {hasDefault ? null : (
                  <Text size="sm" c="dimmed">
                    Add a payment method below to subscribe.
                  </Text>
                )}
                <FailureAlert
                  error={subscribe.error}
                  title="The subscription was not created"
                  action="manage billing"
                />
                <Button
                  disabled={!hasDefault}
                  loading={subscribe.isPending}
                  onClick={() => subscribe.mutate()}
                >
                  Subscribe
                </Button>
              </Stack>
            )
          }
        </QueryBoundary>
      </Stack>
    </Paper>
  );
}

function Active({ subscription }: { subscription: Subscription }) {
  const warning = WARNINGS[subscription.status];
  const endsAt = new Date(subscription.end_at * 1000).toLocaleDateString();
  return (
    <Stack>
      <Group gap="xs">
        <Badge color={warning ? 'yellow' : 'teal'} variant="light">
          {subscription.status.replaceAll('_', ' ')}
        </Badge>
        <Text size="sm">
          {subscription.status === 'to_cancel_at_end_of_period' ? 'Ends' : 'Next invoice'} on{' '}
          {endsAt}
        </Text>
      </Group>
      {warning ? (
        <Alert color="yellow" title="Attention">
          {warning}
        </Alert>
      ) : null}
      {subscription.invoices && subscription.invoices.length > 0 ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invoice</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subscription.invoices.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td>{invoice.id}</Table.Td>
                <Table.Td>{invoice.status}</Table.Td>
                <Table.Td>{formatAmount(invoice.amount, invoice.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          No invoices yet.
        </Text>
      )}
    </Stack>
  );
}
