import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { firewallKeys } from '../api/keys';
import { type DeleteByTextValues, deleteByTextSchema } from '../api/ruleForms';
import { deleteV1RuleByText, resetV1ConnectionTracking } from '../api/v1Mutations';
import { MutationError } from './MutationError';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Delete a v1 rule by its text (DELETE /firewall/rules) and reset connection tracking. */
export function V1RuleActions({ rules }: { rules: readonly string[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const schema = useMemo(() => deleteByTextSchema(rules), [rules]);
  const form = useForm<DeleteByTextValues>({
    resolver: zodResolver(schema),
    defaultValues: { rule: '' },
  });
  const remove = useMutation({
    mutationFn: (rule: string) => deleteV1RuleByText(client, rule),
    onSuccess: async (_data, rule) => {
      setConfirming(null);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: firewallKeys.v1Rules(connection.id) });
      notifications.show({ color: 'teal', title: 'Rule deleted', message: rule });
    },
    onError: (error) => {
      setConfirming(null);
      if (error instanceof ApiError && error.status === 400) {
        form.setError('rule', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const reset = useMutation({
    mutationFn: () => resetV1ConnectionTracking(client),
    onSuccess: () => {
      setResetting(false);
      notifications.show({
        color: 'teal',
        title: 'Connection tracking reset',
        message: 'Live connections are checked against the rules again.',
      });
    },
    onError: () => setResetting(false),
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Delete by text
          </Title>
          <Button variant="default" size="xs" onClick={() => setResetting(true)}>
            Reset connection tracking
          </Button>
        </Group>
        <MutationError error={reset.error} title="Connection tracking was not reset" />
        <MutationError error={remove.error} title="The rule was not deleted" />
        <form
          onSubmit={form.handleSubmit((values) => setConfirming(values.rule))}
          noValidate
          aria-label="Delete a rule by its text"
        >
          <Stack gap="xs">
            <TextInput
              label="Exact text to delete"
              description="The exact text of the rule, e.g. copied from the list."
              styles={MONO_INPUT}
              spellCheck={false}
              autoComplete="off"
              error={errors.rule?.message}
              {...form.register('rule')}
            />
            <Group>
              <Button type="submit" color="red" variant="light">
                Delete by text
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
      <ConfirmDialog
        opened={confirming !== null}
        title="Delete this rule?"
        confirmLabel="Delete rule"
        loading={remove.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming !== null && remove.mutate(confirming)}
      >
        “{confirming}” is removed and the rules after it move up one position.
      </ConfirmDialog>
      <ConfirmDialog
        opened={resetting}
        title="Reset connection tracking?"
        confirmLabel="Reset connection tracking"
        loading={reset.isPending}
        onCancel={() => setResetting(false)}
        onConfirm={() => reset.mutate()}
      >
        The controller forgets every tracked connection: established sessions through it are checked
        against the v1 rules again, and some may drop.
      </ConfirmDialog>
    </Paper>
  );
}
