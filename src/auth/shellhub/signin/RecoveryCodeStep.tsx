import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { recoverWithCode } from '@/api/shellhub/auth';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { failureText, usePublicClient } from './shared';

const schema = z.object({
  code: z.string().check(z.trim(), z.minLength(1, 'Enter one of your recovery codes')),
});
type Values = z.infer<typeof schema>;

export function RecoveryCodeStep({
  identifier,
  onRecovered,
  onLostEverything,
  onBack,
}: {
  identifier: string;
  onRecovered(auth: UserAuth, expiresAt: number | null): void;
  onLostEverything(): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { code: '' } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit({ code }: Values) {
    try {
      const { auth, expiresAt } = await recoverWithCode(client, {
        identifier,
        recovery_code: code,
      });
      onRecovered(auth, expiresAt);
    } catch (error) {
      form.setError('code', { message: failureText(error) }, { shouldFocus: true });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          Each recovery code you saved when you turned on MFA works once. Signing in with one uses
          it up.
        </Text>
        <TextInput
          label="Recovery code"
          autoComplete="off"
          autoFocus
          required
          error={errors.code?.message}
          {...form.register('code')}
        />
        <Button type="submit" loading={isSubmitting}>
          Sign in with the recovery code
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onLostEverything}>
          Lost your recovery codes too?
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}
