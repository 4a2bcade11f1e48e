import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { firewallKeys } from '../api/keys';
import { type EditVariableValues, editVariableSchema } from '../api/variableForms';
import { type FirewallVariable, updateVariable } from '../api/variables';
import { MutationError } from './MutationError';

/** Changes a custom variable's value or description (PUT /system/variables/{name}). */
export function EditVariableDialog({
  variable,
  onClose,
}: {
  variable: FirewallVariable;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<EditVariableValues>({
    resolver: zodResolver(editVariableSchema),
    defaultValues: { value: variable.value, description: variable.description },
  });
  const save = useMutation({
    mutationFn: (values: EditVariableValues) => updateVariable(client, variable.name, values),
    onSuccess: async (saved) => {
      queryClient.setQueryData(
        firewallKeys.variables(connection.id),
        (list: FirewallVariable[] | undefined) =>
          list?.map((item) =>
            item.collection === variable.collection && item.name === variable.name
              ? { ...item, value: saved.value, description: saved.description ?? '' }
              : item,
          ),
      );
      // Rules show the value a variable resolves to.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) }),
        queryClient.invalidateQueries({ queryKey: firewallKeys.subtables(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: 'Variable saved',
        message: `\${${saved.variable}}`,
      });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        const field = /description/i.test(error.message) ? 'description' : 'value';
        form.setError(field, { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <Modal opened onClose={onClose} title={`Edit variable ${variable.name}`}>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <MutationError error={save.error} title="The variable was not saved" />
          <TextInput
            label="Value"
            required
            error={errors.value?.message}
            {...form.register('value')}
          />
          <TextInput
            label="Description"
            error={errors.description?.message}
            {...form.register('description')}
          />
          <DialogFooter onCancel={onClose} submitLabel="Save variable" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
