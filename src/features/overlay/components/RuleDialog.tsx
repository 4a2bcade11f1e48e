import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { createItem, updateItem } from '../api/crud';
import { applyFieldErrors } from '../api/drfErrors';
import { overlayKeys } from '../api/keys';
import { type RuleFormValues, ruleFormSchema } from '../api/namedForms';
import { POLICIES, PROTOCOLS, RULES, type Rule } from '../api/resources';
import { FreshItem } from './FreshItem';
import { IdMultiSelectField } from './IdMultiSelect';
import { MutationError } from './MutationError';
import { usePickerOptions } from './usePickerOptions';

const FIELDS = [
  'name',
  'destination_protocol',
  'destination_ports',
  'source_users',
  'source_groups',
  'source_servers',
  'source_servergroups',
] as const;

export const PROTOCOL_LABELS: Record<(typeof PROTOCOLS)[number], string> = {
  TCP: 'TCP',
  UDP: 'UDP',
  ICMP: 'ICMP',
  ALL: 'Any protocol',
};

function RuleForm({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const options = usePickerOptions();
  const form = useForm<RuleFormValues>({
    resolver: zodResolver(ruleFormSchema),
    defaultValues: {
      name: rule?.name ?? '',
      destination_protocol: rule?.destination_protocol ?? 'TCP',
      destination_ports: rule?.destination_ports ?? '',
      source_users: rule?.source_users ?? [],
      source_groups: rule?.source_groups ?? [],
      source_servers: rule?.source_servers ?? [],
      source_servergroups: rule?.source_servergroups ?? [],
    },
  });
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: RuleFormValues) =>
      rule ? updateItem(client, RULES, rule.id, values) : createItem(client, RULES, values),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        title: rule ? 'Rule saved' : 'Rule created',
        message: saved.name,
      });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, RULES.name) }),
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, POLICIES.name) }),
      ]);
    },
    onError: (error) =>
      setLeftovers(
        applyFieldErrors(error, FIELDS, (field, message) =>
          form.setError(field as (typeof FIELDS)[number], { message }, { shouldFocus: true }),
        ),
      ),
  });
  const { errors } = form.formState;
  const pickers = [
    ['source_users', 'Source users', options.users],
    ['source_groups', 'Source groups', options.groups],
    ['source_servers', 'Source servers', options.servers],
    ['source_servergroups', 'Source server groups', options.serverGroups],
  ] as const;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError
          error={save.error}
          action={rule ? 'change rules' : 'add rules'}
          leftovers={leftovers}
        />
        <TextInput
          label="Name"
          required
          placeholder="Allow web access"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="destination_protocol"
            render={({ field, fieldState }) => (
              <Select
                label="Destination protocol"
                required
                data={PROTOCOLS.map((value) => ({ value, label: PROTOCOL_LABELS[value] }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                error={fieldState.error?.message}
              />
            )}
          />
          <TextInput
            label="Destination ports"
            description="TCP and UDP only, e.g. 80,443,7000-8000"
            error={errors.destination_ports?.message}
            {...form.register('destination_ports')}
          />
        </SimpleGrid>
        {pickers.map(([name, label, data]) => (
          <IdMultiSelectField
            key={name}
            control={form.control}
            name={name}
            label={label}
            options={data}
            loading={options.loading}
          />
        ))}
        <DialogFooter
          onCancel={onClose}
          submitLabel={rule ? 'Save rule' : 'Create rule'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}

/** Create, or edit the object as the hub has it now (GET /api/rule/{id} first). */
export function RuleDialog({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={rule ? `Edit rule ${rule.name}` : 'Create rule'}
      size="lg"
      centered
    >
      {rule ? (
        <FreshItem resource={RULES} id={rule.id} what={`rule ${rule.name}`} onClose={onClose}>
          {(fresh) => <RuleForm rule={fresh} onClose={onClose} />}
        </FreshItem>
      ) : (
        <RuleForm rule={null} onClose={onClose} />
      )}
    </Modal>
  );
}
