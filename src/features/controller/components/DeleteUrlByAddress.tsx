import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { accessUrlsQuery, deleteAccessUrlByAddress } from '../api/access';
import { type UrlAddressValues, urlAddressSchema } from '../api/rules';
import { ErrorLine } from './MutationError';

/** DELETE /access/url {access_url}: for a link someone pasted, without finding its row. */
export function DeleteUrlByAddress() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<string | null>(null);
  const form = useForm<UrlAddressValues>({
    resolver: zodResolver(urlAddressSchema),
    defaultValues: { address: '' },
  });
  const remove = useMutation({
    mutationFn: (address: string) => deleteAccessUrlByAddress(client, address),
    onSuccess: (_, address) => {
      setPending(null);
      form.reset();
      notifications.show({ color: 'teal', title: 'Access URL deleted', message: address });
      void queryClient.invalidateQueries({
        queryKey: accessUrlsQuery(connection.id, client).queryKey,
      });
    },
  });
  return (
    <>
      <form
        onSubmit={form.handleSubmit((values) => {
          remove.reset();
          setPending(values.address);
        })}
        noValidate
      >
        <Group align="flex-start">
          <TextInput
            label="Delete an access URL by its address"
            placeholder="https://…/access/…"
            style={{ flex: 1 }}
            {...form.register('address')}
            error={form.formState.errors.address?.message}
          />
          <Button type="submit" variant="default" color="red" mt={24}>
            Find and delete
          </Button>
        </Group>
      </form>
      <ConfirmDialog
        opened={pending !== null}
        title="Delete this access URL?"
        confirmLabel="Delete URL"
        loading={remove.isPending}
        onConfirm={() => pending && remove.mutate(pending)}
        onCancel={() => setPending(null)}
      >
        The access URL {pending} is removed from {connection.name} and stops working.
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
}
