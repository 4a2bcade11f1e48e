import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { generateKeyset, keysetQuery } from '../api/keyset';
import { type KeysetValues, keysetSchema } from '../api/rules';
import { MutationError } from './MutationError';

export function KeysetForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<KeysetValues>({
    resolver: zodResolver(keysetSchema),
    defaultValues: { token: '', topology_name: '', source: '' },
  });
  const mutation = useMutation({
    mutationFn: (values: KeysetValues) =>
      generateKeyset(client, {
        token: values.token,
        ...(values.topology_name ? { topology_name: values.topology_name } : {}),
        ...(values.source ? { source: values.source } : {}),
      }),
    onSuccess: (keyset) =>
      queryClient.setQueryData(keysetQuery(connection.id, client).queryKey, keyset),
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Generate the keyset
          </Title>
          <TextInput
            label="Keyset token"
            description="Any secret phrase; use the same one on every controller of the topology."
            withAsterisk
            {...form.register('token')}
            error={errors.token?.message}
          />
          <TextInput
            label="Topology name"
            description="Optional"
            {...form.register('topology_name')}
            error={errors.topology_name?.message}
          />
          <TextInput
            label="Copy from peer controller"
            description="Optional: the IPv4 address of a controller whose keyset to fetch"
            {...form.register('source')}
            error={errors.source?.message}
          />
          <MutationError error={mutation.error} title="The keyset was not generated" />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            Generate keyset
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
