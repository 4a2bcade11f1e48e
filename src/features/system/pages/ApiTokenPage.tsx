import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError, describeError } from '@/api/errors';
import { newTokenFields, postSetup, tokensMatch } from '@/api/jidoteki/setup';
import { type JidotekiCredential, toJidotekiCredential } from '@/auth/credentials';
import { sessionStore } from '@/auth/sessionStore';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { SigningModePanel } from '../components/SigningModePanel';

const schema = z.object(newTokenFields).check(tokensMatch);

type Values = z.infer<typeof schema>;

export function ApiTokenPage() {
  const { connection, session, client } = useConnectionClient();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { newToken: '', confirm: '' },
  });
  const change = useMutation({
    mutationFn: (values: Values) => postSetup(client, values.newToken),
    onSuccess: (_data, values) => {
      const current = session.credential as JidotekiCredential;
      sessionStore.replaceCredential(
        connection.id,
        toJidotekiCredential(values.newToken, current.mode),
      );
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'API token changed',
        message: `${connection.name} now accepts only the new token.`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.setError('newToken', { message: error.message }, { shouldFocus: true });
      }
    },
  });
  const { errors } = form.formState;
  const serverError =
    change.error && !(change.error instanceof ApiError && change.error.status === 400)
      ? change.error
      : null;

  return (
    <Stack maw={560}>
      <PageHeader
        title="API token"
        description="Replace the token that signs every request to this appliance, and choose how requests carry it."
      />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={form.handleSubmit((values) => change.mutate(values))} noValidate>
          <Stack>
            <Title order={2} size="h4">
              Change the token
            </Title>
            <Alert color="yellow" variant="light">
              <Text size="sm">
                The old token stops working at once, for every tool and person using it. This
                console switches to the new one by itself.
              </Text>
            </Alert>
            {serverError ? (
              <Alert color="red" role="alert" title="The token was not changed">
                {describeError(serverError)}
              </Alert>
            ) : null}
            <PasswordInput
              label="New API token"
              description="1 to 255 printable ASCII characters, no spaces."
              autoComplete="new-password"
              required
              error={errors.newToken?.message}
              {...form.register('newToken')}
            />
            <PasswordInput
              label="Confirm the new token"
              autoComplete="new-password"
              required
              error={errors.confirm?.message}
              {...form.register('confirm')}
            />
            <Button type="submit" loading={change.isPending} w="fit-content">
              Change token
            </Button>
          </Stack>
        </form>
      </Paper>
      <SigningModePanel />
    </Stack>
  );
}
