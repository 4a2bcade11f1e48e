import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { createCustomer } from '../api/customer';
import { namespacesKeys } from '../api/keys';
import {
  type PaymentMethodAction,
  TEST_PAYMENT_METHODS,
  changePaymentMethod,
} from '../api/paymentMethods';
import type { Customer, PaymentMethod } from '../api/schemas';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

const cardLabel = (method: PaymentMethod) =>
  `${method.brand.charAt(0).toUpperCase()}${method.brand.slice(1)} ending ${method.number.slice(-4)}`;

const DONE: Record<PaymentMethodAction, string> = {
  attach: 'Card added',
  detach: 'Card removed',
  default: 'Default card changed',
};

export function PaymentMethodsCard({
  tenant,
  customer,
}: {
  tenant: string;
  customer: Customer | null;
}) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PaymentMethod | null>(null);
  const customerKey = namespacesKeys.customer(connection.id, tenant);
  const create = useMutation({
    mutationFn: () => createCustomer(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKey }),
  });
  const change = useMutation({
    mutationFn: ({ action, id }: { action: PaymentMethodAction; id: string }) =>
      changePaymentMethod(client, action, id),
    onSuccess: async (_data, { action }) => {
      await queryClient.invalidateQueries({ queryKey: customerKey });
      if (action === 'attach') setChosen(null);
      if (action === 'detach') setRemoving(null);
      notifications.show({ color: 'teal', title: DONE[action], message: 'Billing is up to date.' });
    },
  });
  const methods = customer?.payment_methods ?? [];
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Payment methods
        </Title>
        {customer === null ? (
          <Stack align="flex-start">
            <Text size="sm">
              Billing starts with a customer record for the namespace owner; cards and the
              subscription belong to it.
            </Text>
            <FailureAlert
              error={create.error}
              title="The customer was not created"
              action="manage billing"
            />
            <Button loading={create.isPending} onClick={() => create.mutate()}>
              Create billing customer
            </Button>
          </Stack>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              Customer {customer.id} · {customer.name} · {customer.email}
            </Text>
            <FailureAlert
              error={change.error}
              title="The payment methods were not changed"
              action="manage billing"
            />
            {methods.length === 0 ? (
              <Text size="sm">No cards yet.</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Card</Table.Th>
                    <Table.Th>Expires</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {methods.map((method) => (
                    <Table.Tr key={method.id}>
                      <Table.Td>
                        {cardLabel(method)}{' '}
                        {method.default ? (
                          <Badge variant="light" ml="xs">
                            Default
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {String(method.exp_month).padStart(2, '0')}/{method.exp_year}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {method.default ? null : (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`Make ${cardLabel(method)} the default`}
                              onClick={() => change.mutate({ action: 'default', id: method.id })}
                            >
                              Make default
                            </Button>
                          )}
                          <Button
                            size="xs"
                            color="red"
                            variant="subtle"
                            aria-label={`Remove ${cardLabel(method)}`}
                            onClick={() => setRemoving(method)}
                          >
                            Remove
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (chosen) change.mutate({ action: 'attach', id: chosen });
              }}
            >
              <Group align="flex-end">
                <Select
                  label="Card to add"
                  description="Stripe test-mode payment methods"
                  placeholder="Choose a card"
                  w={320}
                  data={TEST_PAYMENT_METHODS.map((method) => ({ ...method }))}
                  value={chosen}
                  onChange={setChosen}
                />
                <Button
                  type="submit"
                  disabled={!chosen}
                  loading={change.isPending && change.variables.action === 'attach'}
                >
                  Add card
                </Button>
              </Group>
            </form>
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing ? cardLabel(removing) : 'card'}?`}
        confirmLabel="Remove card"
        loading={change.isPending && change.variables.action === 'detach'}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && change.mutate({ action: 'detach', id: removing.id })}
      >
        {removing ? cardLabel(removing) : ''} is detached from the customer and no longer charged.
      </ConfirmDialog>
    </Paper>
  );
}
