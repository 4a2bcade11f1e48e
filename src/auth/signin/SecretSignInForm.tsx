import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { Credential } from '../credentials';
import { useSignInFlow } from '../useSignInFlow';
import { RememberField } from './RememberField';
import { describeSignInFailure } from './signInErrors';

export interface SecretSignInConfig {
  label: string;
  description: string;
  toCredential(secret: string): Credential;
  rejectedStatuses: number[];
}

const schema = z.object({
  secret: z.string().check(z.minLength(1, 'Enter it to sign in')),
  remember: z.boolean(),
});

type Values = z.infer<typeof schema>;

/** Kinds that sign in with one secret: VNS3 API password, Evon token, gateway bearer token. */
export function SecretSignInForm({ config }: { config: SecretSignInConfig }) {
  const { verify, complete } = useSignInFlow();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { secret: '', remember: false },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    const credential = config.toCredential(values.secret);
    try {
      await verify(credential);
      complete(credential, values.remember);
    } catch (error) {
      const failure = describeSignInFailure(error, config.rejectedStatuses);
      if (failure.field) form.setError('secret', { message: failure.field }, { shouldFocus: true });
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
          label={config.label}
          description={config.description}
          autoComplete="current-password"
          autoFocus
          required
          error={errors.secret?.message}
          {...form.register('secret')}
        />
        <RememberField control={form.control} />
        <Button type="submit" loading={isSubmitting}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
