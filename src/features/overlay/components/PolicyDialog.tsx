import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { createItem, updateItem } from '../api/crud';
import { applyFieldErrors } from '../api/drfErrors';
import { overlayKeys } from '../api/keys';
import { type PolicyFormValues, policyFormSchema } from '../api/namedForms';
import { POLICIES, SERVERS, type Policy } from '../api/resources';
import { FreshItem } from './FreshItem';
import { IdMultiSelectField } from './IdMultiSelect';
import { MutationError } from './MutationError';
import { usePickerOptions } from './usePickerOptions';

const FIELDS = ['name', 'description', 'rules', 'servers', 'servergroups'] as const;

function PolicyForm({ policy, onClose }: { policy: Policy | null; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const options = usePickerOptions();
  const form = useForm<PolicyFormValues>({
    resolver: zodResolver(policyFormSchema),
    defaultValues: {
      name: policy?.name ?? '',
      description: policy?.description ?? '',
      rules: policy?.rules ?? [],
      servers: policy?.servers ?? [],
      servergroups: policy?.servergroups ?? [],
    },
  });
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: PolicyFormValues) =>
      policy
        ? updateItem(client, POLICIES, policy.id, values)
        : createItem(client, POLICIES, values),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        title: policy ? 'Policy saved' : 'Policy created',
        message: saved.name,
      });
      onClose();
      // Policies decide which servers non-superusers reach (and `accessible`).
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: overlayKeys.list(connection.id, POLICIES.name),
        }),
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, SERVERS.name) }),
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
    ['rules', 'Rules', 'Who may connect, to which ports', options.rules],
    ['servers', 'Target servers', undefined, options.servers],
    ['servergroups', 'Target server groups', undefined, options.serverGroups],
  ] as const;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError
          error={save.error}
          action={policy ? 'change policies' : 'add policies'}
          leftovers={leftovers}
        />
        <TextInput label="Name" required error={errors.name?.message} {...form.register('name')} />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          error={errors.description?.message}
          {...form.register('description')}
        />
        {pickers.map(([name, label, description, data]) => (
          <IdMultiSelectField
            key={name}
            control={form.control}
            name={name}
            label={label}
            {...(description ? { description } : {})}
            options={data}
            loading={options.loading}
          />
        ))}
        <DialogFooter
          onCancel={onClose}
          submitLabel={policy ? 'Save policy' : 'Create policy'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}

/** Create, or edit the object as the hub has it now (GET /api/policy/{id} first). */
export function PolicyDialog({ policy, onClose }: { policy: Policy | null; onClose: () => void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={policy ? `Edit policy ${policy.name}` : 'Create policy'}
      size="lg"
      centered
    >
      {policy ? (
        <FreshItem
          resource={POLICIES}
          id={policy.id}
          what={`policy ${policy.name}`}
          onClose={onClose}
        >
          {(fresh) => <PolicyForm policy={fresh} onClose={onClose} />}
        </FreshItem>
      ) : (
        <PolicyForm policy={null} onClose={onClose} />
      )}
    </Modal>
  );
}
