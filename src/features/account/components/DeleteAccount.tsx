import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { sessionStore } from '@/auth/sessionStore';
import { leaveSignInNotice } from '@/auth/shellhub/signInNotice';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { deleteAccount } from '../api/deleteAccount';

/** `DELETE /api/user`, then the session of this connection ends. */
export function DeleteAccount({
  client,
  connectionId,
  username,
}: {
  client: HttpClient;
  connectionId: string;
  username: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteAccount(client),
    onSuccess: () => {
      leaveSignInNotice(connectionId, `The account ${username} was deleted.`);
      // The session guard then opens the sign-in page, which shows the notice.
      sessionStore.signOut(connectionId);
    },
    onSettled: () => setConfirming(false),
  });
  return (
    <Stack align="flex-start">
      <Text size="sm">
        Deleting your account removes you from every namespace. Delete or hand over the namespaces
        you own first.
      </Text>
      {remove.error ? (
        <Alert color="red" role="alert" title="The account was not deleted" w="100%">
          {describeError(remove.error)}
        </Alert>
      ) : null}
      <Button color="red" variant="light" onClick={() => setConfirming(true)}>
        Delete account
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={`Delete the account ${username}?`}
        confirmLabel="Delete my account"
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate()}
      >
        The account {username} and its sign-in are removed from this ShellHub server. This cannot be
        undone.
      </ConfirmDialog>
    </Stack>
  );
}
