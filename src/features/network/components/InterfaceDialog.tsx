import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type QueryKey,
  type UseQueryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FreshItem } from '@/components/FreshItem';
import type { NetworkInterface } from '../api/interfaces';
import { invalidateInterfaces } from './invalidateInterfaces';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

/** Adds an interface, or edits `item` after reading it fresh. */
export function InterfaceDialog<K extends QueryKey>({
  title,
  item,
  fresh,
  what,
  form,
  onClose,
}: {
  title: string;
  item: NetworkInterface | undefined;
  fresh: (id: number) => UseQueryOptions<NetworkInterface, Error, NetworkInterface, K>;
  what: string;
  form: (item?: NetworkInterface) => ReactNode;
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={title}>
      {item ? (
        <FreshItem options={fresh(item.id)} what={what} skeletonHeight={360}>
          {(loaded) => form(loaded)}
        </FreshItem>
      ) : (
        form()
      )}
    </Modal>
  );
}

/** Saves an interface form: refreshes the lists, toasts and closes, or marks the field at fault. */
export function useSaveInterface<V extends FieldValues>({
  form,
  fields,
  item,
  save,
  listKey,
  itemKey,
  toastNoun,
  onClose,
}: {
  form: UseFormReturn<V>;
  fields: Record<string, Path<V>>;
  item: NetworkInterface | undefined;
  save: (values: V) => Promise<NetworkInterface>;
  listKey: QueryKey;
  itemKey: (id: number) => QueryKey;
  /** Capitalized, e.g. 'GRE interface'. */
  toastNoun: string;
  onClose: () => void;
}) {
  const { connection } = useConnectionClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      await invalidateInterfaces(
        queryClient,
        connection.id,
        listKey,
        item ? itemKey(item.id) : undefined,
      );
      notifications.show({
        color: 'teal',
        title: `${toastNoun} ${item ? 'saved' : 'added'}`,
        message: saved.name,
      });
      onClose();
    },
    onError: (error) => setVns3FieldError(form, error, fields),
  });
}
