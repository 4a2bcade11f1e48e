import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { fieldErrors } from '@/api/shellhub/shdevices';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { tagNameSchema } from '../api/tagRules';
import { renameTag } from '../api/tags';
import { ActionError } from './ActionError';

/** PUT /api/tags/{tag}: everything tagged with it follows. */
export function RenameTagDialog({ tag, onClose }: { tag: string; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [name, setName] = useState(tag);
  const [error, setError] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: (to: string) => renameTag(client, tag, to),
    onSuccess: async (_data, to) => {
      // Devices, containers, rules and keys all carry tag names.
      await queryClient.invalidateQueries({ queryKey: [connection.id, 'shellhub'] });
      notifications.show({ color: 'teal', title: 'Tag renamed', message: `${tag} is now ${to}.` });
      onClose();
    },
    onError: (failure) => {
      const reason = fieldErrors(failure).tag;
      if (reason) setError(`The server says: ${reason}`);
      else if (failure instanceof ApiError && failure.status === 409) setError(failure.message);
    },
  });

  return (
    <Modal opened onClose={onClose} title={`Rename tag ${tag}`}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = z.safeParse(tagNameSchema, name.trim());
          if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Invalid tag');
          setError(null);
          rename.mutate(name.trim());
        }}
      >
        <Stack>
          {error ? null : (
            <ActionError error={rename.error} title="Not renamed" action="edit tags" />
          )}
          <TextInput
            label="New name"
            required
            data-autofocus
            value={name}
            error={error}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setError(null);
            }}
          />
          <DialogFooter onCancel={onClose} submitLabel="Rename tag" loading={rename.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
