import { zodResolver } from '@hookform/resolvers/zod';
import { Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { filterValues, formFieldOf } from '../api/filterRules';
import { type RuleFormValues, ruleFormSchema, saveRule } from '../api/firewall';
import { shKeys } from '../api/keys';
import type { FirewallRule } from '../api/schemas';
import { ActionError } from './ActionError';
import { FilterFields } from './FilterFields';
import { MONO_INPUT } from './monoInput';

const RULE_FIELDS = ['action', 'active', 'priority', 'source_ip', 'username', 'hostname', 'tags'];

function initialValues(rule: FirewallRule | null, nextPriority: number): RuleFormValues {
  if (!rule) {
    return {
      action: 'allow',
      active: true,
      priority: String(nextPriority),
      source_ip: '.*',
      username: '.*',
      filterMode: 'hostname',
      hostname: '.*',
      tags: [],
    };
  }
  return {
    action: rule.action,
    active: rule.active,
    priority: String(rule.priority),
    source_ip: rule.source_ip,
    username: rule.username,
    ...filterValues(rule.filter),
  };
}

/** Create or edit a firewall rule; server field errors land on their fields. */
export function RuleFormDialog({
  rule,
  nextPriority,
  opened,
  onClose,
}: {
  rule: FirewallRule | null;
  nextPriority: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<RuleFormValues>({
    resolver: zodResolver(ruleFormSchema),
    defaultValues: initialValues(rule, nextPriority),
  });
  const save = useMutation({
    mutationFn: (values: RuleFormValues) => saveRule(client, values, rule?.id),
    onSuccess: async (saved) => {
      // The answer is the saved rule: it becomes the detail, only the list is fetched again.
      queryClient.setQueryData(shKeys.rule(connection.id, saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: shKeys.rules(connection.id), exact: true });
      notifications.show({
        color: 'teal',
        title: rule ? 'Rule saved' : 'Rule created',
        message: `${saved.action === 'allow' ? 'Allow' : 'Deny'} rule with priority ${saved.priority}.`,
      });
      onClose();
    },
    onError: (error) => {
      for (const [field, reason] of Object.entries(fieldErrors(error))) {
        const name = formFieldOf(field);
        if (RULE_FIELDS.includes(name)) {
          form.setError(name as keyof RuleFormValues, { message: `The server says: ${reason}` });
        }
      }
    },
  });
  const { errors } = form.formState;
  const mode = useWatch({ control: form.control, name: 'filterMode' });

  function close() {
    save.reset();
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={rule ? 'Edit firewall rule' : 'New firewall rule'}
      size="lg"
    >
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <ActionError
            error={save.error}
            title="The rule was not saved"
            action="change firewall rules"
          />
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="action"
              render={({ field }) => (
                <Select
                  label="Action"
                  data={[
                    { value: 'allow', label: 'Allow' },
                    { value: 'deny', label: 'Deny' },
                  ]}
                  value={field.value}
                  allowDeselect={false}
                  onChange={(value) => value && field.onChange(value)}
                />
              )}
            />
            <TextInput
              label="Priority"
              description="Lower numbers are evaluated first"
              inputMode="numeric"
              required
              error={errors.priority?.message}
              {...form.register('priority')}
            />
          </Group>
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Switch
                label="Active"
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          <TextInput
            label="Source IP regular expression"
            description=".* matches any address"
            required
            styles={MONO_INPUT}
            error={errors.source_ip?.message}
            {...form.register('source_ip')}
          />
          <TextInput
            label="Username regular expression"
            description="The login used on the device; .* matches any"
            required
            styles={MONO_INPUT}
            error={errors.username?.message}
            {...form.register('username')}
          />
          <FilterFields
            control={form.control}
            register={form.register}
            errors={errors}
            mode={mode}
          />
          <DialogFooter
            onCancel={close}
            submitLabel={rule ? 'Save rule' : 'Create rule'}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
