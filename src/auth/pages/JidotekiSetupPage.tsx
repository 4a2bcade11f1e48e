import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { newTokenFields, postSetup, tokensMatch } from '@/api/jidoteki/setup';
import { targetOf } from '@/connections/target';
import { NotFoundPage } from '@/app/pages/NotFoundPage';
import { RememberField } from '../signin/RememberField';
import { toJidotekiCredential } from '../credentials';
import { describeSignInFailure } from '../signin/signInErrors';
import { useSignInFlow } from '../useSignInFlow';

const newTokenSchema = z.object({ ...newTokenFields, remember: z.boolean() }).check(tokensMatch);

type Values = z.infer<typeof newTokenSchema>;

export function JidotekiSetupPage() {
  const { connection, complete } = useSignInFlow();
  const form = useForm<Values>({
    resolver: zodResolver(newTokenSchema),
    defaultValues: { newToken: '', confirm: '', remember: false },
  });
  const { errors, isSubmitting } = form.formState;
  if (connection.kind !== 'jidoteki') return <NotFoundPage />;

  async function onSubmit(values: Values) {
    try {
      await postSetup(createJidotekiClient(targetOf(connection), null), values.newToken);
      complete(toJidotekiCredential(values.newToken, 'hash'), values.remember);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        form.setError('newToken', { message: error.message }, { shouldFocus: true });
      } else if (error instanceof ApiError && error.status === 403) {
        form.setError('root', {
          message: 'This appliance already has an API token. Sign in with it instead.',
        });
      } else {
        form.setError('root', { message: describeSignInFailure(error, []).form ?? '' });
      }
    }
  }

  return (
    <Center py="xl">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480}>
        <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h3">
                Set up {connection.name}
              </Title>
              <Text c="dimmed" size="sm">
                This appliance has no API token yet. Choose one: you will use it to sign in, and
                anyone who has it can administer the appliance.
              </Text>
            </div>
            {errors.root ? (
              <Alert color="red" role="alert" title="Setup failed">
                {errors.root.message}{' '}
                <Anchor component={Link} to={`/c/${connection.id}/signin`}>
                  Go to sign in
                </Anchor>
              </Alert>
            ) : null}
            <PasswordInput
              label="New API token"
              description="1 to 255 printable ASCII characters, no spaces. A long random passphrase is best."
              autoComplete="new-password"
              autoFocus
              required
              error={errors.newToken?.message}
              {...form.register('newToken')}
            />
            <PasswordInput
              label="Confirm the token"
              autoComplete="new-password"
              required
              error={errors.confirm?.message}
              {...form.register('confirm')}
            />
            <RememberField control={form.control} />
            <Button type="submit" loading={isSubmitting}>
              Set token and sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
