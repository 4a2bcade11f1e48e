import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useShellHubIdentity } from '@/auth/shellhub/identity';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { currentUserQuery } from '../api/currentUser';
import { ApiKeySessionNote } from '../components/ApiKeySessionNote';
import { DisableMfa } from '../components/DisableMfa';
import { MfaEnrolment } from '../components/MfaEnrolment';
import { RecoveryEmailForm } from '../components/RecoveryEmailForm';
import { RenewSession } from '../components/RenewSession';

export function SecurityPage() {
  const { connection, session, client } = useConnectionClient();
  const isUser = session.credential.kind === 'shellhub' && 'jwt' in session.credential;
  const user = useQuery({ ...currentUserQuery(client, connection.id), enabled: isUser });
  const identity = useShellHubIdentity();
  return (
    <>
      <PageHeader title="Security" description="Multi-factor authentication and API access." />
      <Stack gap="xl">
        {!isUser ? (
          <ApiKeySessionNote />
        ) : (
          <Paper withBorder p="lg" radius="md">
            <QueryBoundary query={user} what="your account">
              {(data) => (
                <Stack>
                  <Group gap="sm">
                    <Title order={2} size="h4">
                      Multi-factor authentication
                    </Title>
                    <Badge color={data.mfa ? 'teal' : 'gray'} variant="light">
                      {data.mfa ? 'On' : 'Off'}
                    </Badge>
                  </Group>
                  {data.mfa ? (
                    <DisableMfa client={client} connectionId={connection.id} username={data.user} />
                  ) : data.recovery_email ? (
                    <MfaEnrolment client={client} connectionId={connection.id} />
                  ) : (
                    <RecoveryEmailForm
                      client={client}
                      connectionId={connection.id}
                      email={data.email}
                    />
                  )}
                </Stack>
              )}
            </QueryBoundary>
          </Paper>
        )}
        {identity && session.credential.kind === 'shellhub' && 'jwt' in session.credential ? (
          <Paper withBorder p="lg" radius="md">
            <Title order={2} size="h4" mb="sm">
              Sign-in
            </Title>
            <RenewSession
              client={client}
              connectionId={connection.id}
              jwt={session.credential.jwt}
              tenant={identity.tenant}
            />
          </Paper>
        ) : null}
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="sm">
            API keys
          </Title>
          <Text size="sm">
            Scripts and this console can also reach a namespace with an API key instead of your
            password (header X-API-KEY). A key belongs to one namespace and has a role; it reaches
            devices, sessions, tags, public keys and firewall rules, never your profile or MFA.
            Administrators create keys in the namespace settings; to use one here, choose "Use an
            API key instead" on this connection's sign-in page.
          </Text>
        </Paper>
      </Stack>
    </>
  );
}
