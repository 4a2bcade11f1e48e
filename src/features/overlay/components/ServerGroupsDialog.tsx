import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DialogFooter } from '@/components/DialogFooter';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { updateItem } from '../api/crud';
import { drfFieldErrors } from '../api/drfErrors';
import { overlayKeys } from '../api/keys';
import { SERVERS, SERVER_GROUPS, type Server, type ServerGroup } from '../api/resources';
import { FreshItem } from './FreshItem';
import { IdMultiSelect } from './IdMultiSelect';
import { MutationError } from './MutationError';

/** PATCH /api/server/{id} {server_groups}: the only writable server field. */
function ServerGroupsForm({
  server,
  groups,
  onClose,
}: {
  server: Server;
  groups: ServerGroup[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number[]>(server.server_groups ?? []);
  const save = useMutation({
    mutationFn: () => updateItem(client, SERVERS, server.id, { server_groups: value }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', title: 'Server groups saved', message: server.fqdn });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: overlayKeys.list(connection.id, SERVERS.name) }),
        queryClient.invalidateQueries({
          queryKey: overlayKeys.list(connection.id, SERVER_GROUPS.name),
        }),
      ]);
    },
  });
  const fieldError = drfFieldErrors(save.error)?.server_groups;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          Policies can target server groups; a server may be in several.
        </Text>
        <MutationError error={save.error} action="change this server" />
        <IdMultiSelect
          label="Server groups"
          options={groups.map((group) => ({ id: group.id, label: group.name }))}
          value={value}
          onChange={setValue}
          error={fieldError}
        />
        <DialogFooter onCancel={onClose} submitLabel={'Save'} loading={save.isPending} />
      </Stack>
    </form>
  );
}

/** Edits the server as the hub has it now (GET /api/server/{id} first). */
export function ServerGroupsDialog({
  server,
  groups,
  onClose,
}: {
  server: Server;
  groups: ServerGroup[];
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={`Server groups of ${server.fqdn}`} centered>
      <FreshItem resource={SERVERS} id={server.id} what={`server ${server.fqdn}`} onClose={onClose}>
        {(fresh) => <ServerGroupsForm server={fresh} groups={groups} onClose={onClose} />}
      </FreshItem>
    </Modal>
  );
}
