import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { jidotekiTokenSchema } from '@/api/jidoteki/setup';
import { toJidotekiCredential } from '../credentials';
import { sessionStore } from '../sessionStore';
import { useSignInFlow } from '../useSignInFlow';
import { RememberField } from './RememberField';
import { describeSignInFailure } from './signInErrors';

const schema = z.object({
  token: jidotekiTokenSchema,
  mode: z.enum(['hash', 'token']),
  remember: z.boolean(),
});

type Values = z.infer<typeof schema>;

export function JidotekiSignInForm() {
  const { connection, next, verify, complete } = useSignInFlow();
  const navigate = useNavigate();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { token: '', mode: 'hash', remember: false },
  });
  const mode = useWatch({ control: form.control, name: 'mode' });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    const credential = toJidotekiCredential(values.token, values.mode);
    try {
      await verify(credential);
      complete(credential, values.remember);
    } catch (error) {
      if (error instanceof ApiError && error.details.firstRun === true) {
        sessionStore.forget(connection.id);
        void navigate(`/c/${connection.id}/setup?next=${encodeURIComponent(next)}`);
        return;
      }
      const failure = describeSignInFailure(error, [403]);
      if (failure.field) form.setError('token', { message: failure.field }, { shouldFocus: true });
      if (failure.form) form.setError('root', { message: failure.form });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        {errors.root ? (
          <Alert color="red" role="alert" title="Could not sign in">
            {errors.root.message}
          </Alert>
        ) : null}
        <PasswordInput
          label="API token"
          description="The appliance's Admin API token."
          autoComplete="current-password"
          autoFocus
          required
          error={errors.token?.message}
          {...form.register('token')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="jidoteki-auth-mode">
            How requests are signed
          </Text>
          <Controller
            control={form.control}
            name="mode"
            render={({ field }) => (
              <SegmentedControl
                aria-labelledby="jidoteki-auth-mode"
                value={field.value}
                onChange={(value) => field.onChange(value)}
                data={[
                  { value: 'hash', label: 'HMAC hash (recommended)' },
                  { value: 'token', label: 'Token in URL' },
                ]}
              />
            )}
          />
          {mode === 'hash' ? (
            <Text size="xs" c="dimmed">
              Only sha256 of the token is kept; each request carries an HMAC of its method and
              endpoint.
            </Text>
          ) : (
            <Alert color="yellow" variant="light" p="xs">
              <Text size="xs">
                The cleartext token travels in every request URL, where proxies and server logs can
                record it. Use this only for appliances older than API v1.9.0.
              </Text>
            </Alert>
          )}
        </Stack>
        <RememberField control={form.control} />
        <Button type="submit" loading={isSubmitting}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
