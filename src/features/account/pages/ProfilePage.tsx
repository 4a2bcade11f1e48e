import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { currentUserQuery } from '../api/currentUser';
import { ApiKeySessionNote } from '../components/ApiKeySessionNote';
import { DeleteAccount } from '../components/DeleteAccount';
import { PasswordForm } from '../components/PasswordForm';
import { ProfileForm } from '../components/ProfileForm';

export function ProfilePage() {
  const { connection, session, client } = useConnectionClient();
  const isUser = session.credential.kind === 'shellhub' && 'jwt' in session.credential;
  const user = useQuery({ ...currentUserQuery(client, connection.id), enabled: isUser });
  return (
    <>
      <PageHeader title="Profile" description="Your ShellHub account on this server." />
      {!isUser ? (
        <ApiKeySessionNote />
      ) : (
        <QueryBoundary query={user} what="your profile">
          {(data) => (
            <Stack gap="xl">
              <Paper withBorder p="lg" radius="md">
                <Title order={2} size="h4" mb="md">
                  Account details
                </Title>
                <ProfileForm
                  key={`${data.user}:${data.email}:${data.recovery_email ?? ''}:${data.name}`}
                  client={client}
                  connectionId={connection.id}
                  user={data}
                />
              </Paper>
              <Paper withBorder p="lg" radius="md">
                <Title order={2} size="h4" mb="md">
                  Change password
                </Title>
                <PasswordForm client={client} userId={data.id} />
              </Paper>
              <Paper withBorder p="lg" radius="md">
                <Title order={2} size="h4" mb="md">
                  Delete account
                </Title>
                <DeleteAccount client={client} connectionId={connection.id} username={data.user} />
              </Paper>
            </Stack>
          )}
        </QueryBoundary>
      )}
    </>
  );
}
