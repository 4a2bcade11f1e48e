import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorLine } from './MutationError';

interface Credential {
  name: string;
}

interface RevokeAndDeleteOptions<T extends Credential> {
  /** As in titles, e.g. "token" or "access URL". */
  noun: string;
  /** As on the confirm buttons, e.g. "token" or "URL". */
  buttonNoun: string;
  listKey: QueryKey;
  revoke: (item: T) => Promise<unknown>;
  remove: (item: T) => Promise<unknown>;
  revokeText: (item: T) => ReactNode;
  deleteText: (item: T) => ReactNode;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Revoking (expiring) and deleting a controller credential, each after a confirmation that shows
 * the server's answer if it fails. Render `dialogs` once; call `askRevoke` / `askDelete` from rows.
 */
export function useRevokeAndDelete<T extends Credential>(options: RevokeAndDeleteOptions<T>) {
  const { noun, buttonNoun, listKey } = options;
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<T | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const done = (title: string, item: T) => {
    notifications.show({
      color: 'teal',
      title: `${capitalized(noun)} ${title}`,
      message: item.name,
    });
    void queryClient.invalidateQueries({ queryKey: listKey });
  };
  const revoke = useMutation({
    mutationFn: options.revoke,
    onSuccess: (_, item) => {
      setRevoking(null);
      done('revoked', item);
    },
  });
  const remove = useMutation({
    mutationFn: options.remove,
    onSuccess: (_, item) => {
      setDeleting(null);
      done('deleted', item);
    },
  });
  const dialogs = (
    <>
      <ConfirmDialog
        opened={revoking !== null}
        title={`Revoke ${noun} ${revoking?.name ?? ''}?`}
        confirmLabel={`Revoke ${buttonNoun}`}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onCancel={() => setRevoking(null)}
      >
        {revoking ? options.revokeText(revoking) : null}
        {revoke.error ? <ErrorLine error={revoke.error} /> : null}
      </ConfirmDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${noun} ${deleting?.name ?? ''}?`}
        confirmLabel={`Delete ${buttonNoun}`}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting ? options.deleteText(deleting) : null}
        {remove.error ? <ErrorLine error={remove.error} /> : null}
      </ConfirmDialog>
    </>
  );
  return { askRevoke: setRevoking, askDelete: setDeleting, dialogs };
}
