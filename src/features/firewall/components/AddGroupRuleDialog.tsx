import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import { addRuleToGroup } from '../api/groups';
import { firewallKeys } from '../api/keys';
import { type V2Rule, v2RulesQuery } from '../api/v2Rules';
import { MutationError } from './MutationError';

const addFormSchema = z.object({ ruleId: z.string().check(z.minLength(1, 'Choose a rule')) });
type AddFormValues = z.infer<typeof addFormSchema>;

/** Adds an existing v2 rule to a group (POST …/rule-groups/{name}/rules). */
export function AddGroupRuleDialog({ group, onClose }: { group: string; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const rules = useQuery(v2RulesQuery(connection.id, client));
  return (
    <Modal opened onClose={onClose} title={`Add a rule to ${group}`} size="lg">
      <QueryBoundary query={rules} what="the rules">
        {(list) => <AddForm group={group} rules={list} onClose={onClose} />}
      </QueryBoundary>
    </Modal>
  );
}

function AddForm({
  group,
  rules,
  onClose,
}: {
  group: string;
  rules: readonly V2Rule[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const options = useMemo(
    () =>
      rules
        .filter((rule) => !rule.groups?.includes(group))
        .map((rule) => ({ value: rule.id, label: `${rule.position}: ${rule.rule}` })),
    [rules, group],
  );
  const form = useForm<AddFormValues>({
    resolver: zodResolver(addFormSchema),
    defaultValues: { ruleId: '' },
  });
  const add = useMutation({
    mutationFn: (values: AddFormValues) => addRuleToGroup(client, group, values.ruleId),
    onSuccess: async (_data, values) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) }),
        queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) }),
      ]);
      const rule = rules.find((item) => item.id === values.ruleId);
      notifications.show({ color: 'teal', title: `Rule added to ${group}`, message: rule?.rule });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 400 || error.status === 404)) {
        form.setError('ruleId', { message: error.message }, { shouldFocus: true });
      }
    },
  });

  return (
    <form onSubmit={form.handleSubmit((values) => add.mutate(values))} noValidate>
      <Stack>
        <MutationError error={add.error} title="The rule was not added" />
        <Controller
          control={form.control}
          name="ruleId"
          render={({ field, fieldState }) => (
            <Select
              label="Rule"
              description={`Rules not yet in ${group}; type to search by text or position.`}
              placeholder="Search rules"
              searchable
              limit={50}
              nothingFoundMessage="No matching rule"
              data={options}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              required
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <DialogFooter onCancel={onClose} submitLabel="Add rule" loading={add.isPending} />
      </Stack>
    </form>
  );
}
