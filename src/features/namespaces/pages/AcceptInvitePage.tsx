import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ApiError } from '@/api/errors';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type InviteLink,
  acceptInvite,
  inviteStatusQuery,
  parseInviteLink,
} from '../api/invitation';
import { namespacesKeys } from '../api/keys';
import { FailureAlert } from '../components/FailureAlert';
import { useNamespaceSession } from '../components/useNamespaceSession';
import { useSwitchNamespace } from '../components/useSwitchNamespace';

/** Where an invitation e-mail's link lands: `?tenant=…&user=…&sig=…`. */
export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const link = parseInviteLink(params);
  if (!link) {
    return (
      <EmptyState title="Accept invitation" pageTitle>
        This invitation link is incomplete: it needs the tenant, user and sig parts of the link in
        the e-mail.
      </EmptyState>
    );
  }
  return (
    <Stack maw={720}>
      <PageHeader title="Accept invitation" description="Join a namespace you were invited to." />
      <Invite link={link} />
    </Stack>
  );
}

function Invite({ link }: { link: InviteLink }) {
  const { connection, client, identity } = useNamespaceSession();
  const queryClient = useQueryClient();
  const switchTo = useSwitchNamespace();
  const status = useQuery(inviteStatusQuery(connection.id, client, link));
  const accept = useMutation({
    mutationFn: () => acceptInvite(client, link),
    onSuccess: () => {
      queryClient.setQueryData(
        namespacesKeys.invite(connection.id, link.tenant, link.user, link.sig),
        { status: 'accepted' },
      );
      notifications.show({
        color: 'teal',
        title: 'Invitation accepted',
        message: 'You are now a member of the namespace.',
      });
    },
  });
  if (status.error instanceof ApiError && status.error.status === 404 && !accept.isSuccess) {
    return (
      <EmptyState title="This invitation is not valid">
        It was accepted already, cancelled, or the link is wrong. Ask the namespace&apos;s
        administrator for a new invitation.
      </EmptyState>
    );
  }
  return (
    <QueryBoundary query={status} what="the invitation">
      {() => (
        <Paper withBorder p="lg" radius="md">
          <Stack align="flex-start">
            {accept.isSuccess ? (
              <>
                <Alert color="teal" title="You joined the namespace">
                  Switch to it to see its devices.
                </Alert>
                <Button
                  loading={switchTo.isPending}
                  onClick={() => switchTo.mutate(link.tenant)}
                  disabled={identity?.tenant === link.tenant}
                >
                  Switch to the namespace
                </Button>
                <FailureAlert
                  error={switchTo.error}
                  title="Could not switch"
                  action="switch to this namespace"
                />
              </>
            ) : (
              <>
                <Text size="sm">
                  You were invited to namespace <code>{link.tenant}</code>. Accept while signed in
                  as the invited user{identity ? ` (you are ${identity.username})` : ''}.
                </Text>
                <FailureAlert
                  error={accept.error}
                  title="The invitation was not accepted"
                  action="accept this invitation"
                />
                <Group>
                  <Button loading={accept.isPending} onClick={() => accept.mutate()}>
                    Accept invitation
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Paper>
      )}
    </QueryBoundary>
  );
}
