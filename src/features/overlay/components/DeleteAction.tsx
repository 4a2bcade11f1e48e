import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { describeError } from '@/api/errors';
import { forbiddenMessage } from '../api/drfErrors';

/** A delete button that asks first, naming the object, and shows why the hub refused. */
export function DeleteAction({
  what,
  name,
  remove,
  invalidate,
}: {
  /** e.g. "server" */
  what: string;
  name: string;
  remove: () => Promise<void>;
  /** Query keys the deletion changes. */
  invalidate: readonly (readonly unknown[])[];
}) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: remove,
    onError: (error) => {
      setOpen(false);
      notifications.show({
        color: 'red',
        title: `${capitalize(what)} not deleted`,
        message: forbiddenMessage(error, `delete this ${what}`) ?? describeError(error),
        autoClose: false,
      });
    },
    onSuccess: async () => {
      setOpen(false);
      notifications.show({ color: 'teal', title: `${capitalize(what)} deleted`, message: name });
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
  return (
    <>
      <Button
        size="xs"
        color="red"
        variant="subtle"
        onClick={() => setOpen(true)}
        aria-label={`Delete ${what} ${name}`}
      >
        Delete
      </Button>
      <ConfirmDialog
        opened={open}
        title={`Delete ${what} ${name}?`}
        confirmLabel={`Delete ${what}`}
        loading={mutation.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => mutation.mutate()}
      >
        {name} is removed from the hub at once. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
