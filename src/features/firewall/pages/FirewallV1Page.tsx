import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { firewallKeys } from '../api/keys';
import { type V1RuleFormValues, ruleFieldOf, v1RuleFormSchema } from '../api/ruleForms';
import { positionValue } from '../api/ruleSyntax';
import { deleteV1Rule, insertV1Rule, moveRule, replaceV1Rules } from '../api/v1Mutations';
import { v1RulesQuery } from '../api/v1Rules';
import { MutationError } from '../components/MutationError';
import { V1RuleActions } from '../components/V1RuleActions';
import { V1RuleTable } from '../components/V1RuleTable';
import { V1SetsSection } from '../components/V1SetsSection';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Firewall v1: the legacy ordered list of iptables rule strings. */
export function FirewallV1Page() {
  return (
    <Stack>
      <PageHeader
        title="Firewall v1"
        description="The legacy ordered rule list: rules apply top to bottom; positions start at 0."
      />
      <PrerequisiteBanner needs="license">
        <Stack gap="xl">
          <FirewallV1 />
          <V1SetsSection />
        </Stack>
      </PrerequisiteBanner>
    </Stack>
  );
}

function InsertRuleForm({ rules }: { rules: readonly string[] }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => v1RuleFormSchema(rules.length), [rules.length]);
  const form = useForm<V1RuleFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { rule: '', position: '' },
  });
  const insert = useMutation({
    mutationFn: (values: V1RuleFormValues) =>
      insertV1Rule(client, values.rule.trim(), positionValue(values.position)),
    onSuccess: async (_data, values) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: firewallKeys.v1Rules(connection.id) });
      notifications.show({ color: 'teal', title: 'Rule inserted', message: values.rule.trim() });
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      const field = ruleFieldOf(error.message);
      if (field === 'rule' || field === 'position') {
        form.setError(field, { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => insert.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Insert a rule
          </Title>
          <MutationError error={insert.error} title="The rule was not inserted" />
          <Grid>
            <Grid.Col span={{ base: 12, md: 9 }}>
              <TextInput
                label="Rule"
                description="Starts with a chain such as FORWARD_CUST or a subgroup chain, e.g. FORWARD_CUST -s 10.0.1.0/24 -j ACCEPT"
                required
                styles={MONO_INPUT}
                autoComplete="off"
                spellCheck={false}
                error={errors.rule?.message}
                {...form.register('rule')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 3 }}>
              <TextInput
                label="Position"
                description={`0 to ${rules.length}; empty or -1 appends.`}
                inputMode="numeric"
                error={errors.position?.message}
                {...form.register('position')}
              />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" loading={insert.isPending}>
              Insert rule
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function FirewallV1() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const rules = useQuery(v1RulesQuery(connection.id, client));
  const [deleting, setDeleting] = useState<number | null>(null);
  const [showText, setShowText] = useState(false);
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: firewallKeys.v1Rules(connection.id) });
  const move = useMutation({
    mutationFn: ({ list }: { list: string[]; rule: string; to: number }) =>
      replaceV1Rules(client, list),
    onSuccess: async (_data, { rule, to }) => {
      await invalidate();
      notifications.show({ color: 'teal', title: `Rule moved to position ${to}`, message: rule });
    },
    onError: () => void invalidate(),
  });
  const remove = useMutation({
    mutationFn: (position: number) => deleteV1Rule(client, position),
    onSuccess: async (_data, position) => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'teal', title: 'Rule deleted', message: `Position ${position}` });
    },
    onError: () => setDeleting(null),
  });
  const deletingRule = deleting === null ? undefined : rules.data?.[deleting];
  const current = rules.data;
  const { mutate: moveMutate } = move;
  const onMove = useCallback(
    (from: number, to: number) => {
      if (!current) return;
      moveMutate({ list: moveRule(current, from, to), rule: current[from] ?? '', to });
    },
    [current, moveMutate],
  );

  return (
    <Stack>
      <QueryBoundary query={rules} what="the v1 firewall rules" skeletonHeight={240}>
        {(list) => (
          <Stack>
            <InsertRuleForm rules={list} />
            <V1RuleActions rules={list} />
            <MutationError error={move.error} title="The rule was not moved" />
            <MutationError error={remove.error} title="The rule was not deleted" />
            <Title order={2} size="h4">
              Rules ({list.length.toLocaleString()})
            </Title>
            {list.length === 0 ? (
              <EmptyState title="No v1 rules">Insert a rule above.</EmptyState>
            ) : (
              <V1RuleTable
                rules={list}
                busy={move.isPending || remove.isPending}
                onMove={onMove}
                onDelete={setDeleting}
              />
            )}
            <Group justify="space-between">
              <Title order={2} size="h4">
                Effective rules text
              </Title>
              <Button variant="default" size="xs" onClick={() => setShowText((shown) => !shown)}>
                {showText ? 'Hide text' : 'Show text'}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              The list as the controller applies it, one rule per line (the form PUT /firewall
              takes).
            </Text>
            {showText ? <ServerText label="Effective rules text" text={list.join('\n')} /> : null}
          </Stack>
        )}
      </QueryBoundary>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete rule ${deleting ?? ''}?`}
        confirmLabel="Delete rule"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting !== null && remove.mutate(deleting)}
      >
        “{deletingRule}” is removed and the rules after it move up one position.
      </ConfirmDialog>
    </Stack>
  );
}
