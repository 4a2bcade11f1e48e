import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { tokenForTenant } from '@/api/shellhub/auth';
import { sessionStore } from '@/auth/sessionStore';
import { deleteNamespace } from '../api/deleteNamespace';
import { reportAction } from '../api/deviceLimit';
import { findOtherNamespace } from '../api/otherNamespace';
import type { Namespace } from '../api/schemas';
import { FailureAlert } from './FailureAlert';
import { useAdoptUserAuth } from './useSwitchNamespace';
import { useNamespaceSession } from './useNamespaceSession';

/**
 * Confirms by typing the namespace's name. A subscribed namespace is reported to billing first;
 * afterwards the session moves to another namespace of the user, or signs out when none is left.
 */
export function DeleteNamespaceDialog({
  namespace,
  opened,
  onClose,
}: {
  namespace: Namespace;
  opened: boolean;
  onClose: () => void;
}) {
  const { connection, client } = useNamespaceSession();
  const adopt = useAdoptUserAuth();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: async () => {
      // The token of a deleted namespace gets 401 at once, so the next one is fetched first.
      const other = await findOtherNamespace(client, namespace.tenant_id);
      const next = other ? await tokenForTenant(client, other) : null;
      if (namespace.billing?.active) await reportAction(client, 'namespace_delete');
      await deleteNamespace(client, namespace.tenant_id);
      return next;
    },
    onSuccess: (auth) => {
      notifications.show({
        color: 'teal',
        title: 'Namespace deleted',
        message: `${namespace.name} and everything in it are gone.`,
      });
      close();
      if (auth) {
        adopt(auth);
        void navigate(`/c/${connection.id}`);
      } else {
        sessionStore.signOut(connection.id);
      }
    },
  });
  function close() {
    setTyped('');
    remove.reset();
    onClose();
  }
  const matches = typed === namespace.name;
  return (
    <Modal opened={opened} onClose={close} title={`Delete ${namespace.name}?`} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) remove.mutate();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">
            Deleting the namespace {namespace.name} removes its devices, sessions, members and API
            keys. This cannot be undone.
          </Text>
          <FailureAlert
            error={remove.error}
            title="The namespace was not deleted"
            action="delete this namespace"
          />
          <TextInput
            label={`Type ${namespace.name} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={remove.isPending}>
              Delete namespace
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
