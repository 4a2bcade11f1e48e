import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { deleteApiKey } from '../api/deleteApiKey';
import { namespacesKeys } from '../api/keys';
import { describeFailure } from '../api/roles';
import type { ApiKey } from '../api/schemas';
import { useNamespaceSession } from './useNamespaceSession';

export function DeleteApiKeyDialog({
  tenant,
  apiKey,
  onClose,
}: {
  tenant: string;
  apiKey: ApiKey | null;
  onClose: () => void;
}) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (key: ApiKey) => deleteApiKey(client, key.name),
    onSuccess: async (_data, key) => {
      await queryClient.invalidateQueries({
        queryKey: namespacesKeys.apiKeys(connection.id, tenant),
      });
      notifications.show({
        color: 'teal',
        title: 'API key deleted',
        message: `Requests with ${key.name} are refused from now on.`,
      });
      onClose();
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The API key was not deleted',
        message: describeFailure(error, 'delete API keys'),
      }),
  });
  return (
    <ConfirmDialog
      opened={apiKey !== null}
      title={`Delete API key ${apiKey?.name ?? ''}?`}
      confirmLabel="Delete API key"
      loading={remove.isPending}
      onCancel={onClose}
      onConfirm={() => apiKey && remove.mutate(apiKey)}
    >
      Scripts that use {apiKey?.name} get 401 from the moment it is deleted.
    </ConfirmDialog>
  );
}
