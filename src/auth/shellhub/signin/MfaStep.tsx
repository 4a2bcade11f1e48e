import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { authenticateMfa } from '@/api/shellhub/auth';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { TotpCodeField, totpCodeSchema } from '../TotpCodeField';
import { FormError, failureText, usePublicClient } from './shared';

const schema = z.object({ code: totpCodeSchema });
type Values = z.infer<typeof schema>;

/** Second step after a 401 with X-MFA-Token. */
export function MfaStep({
  mfaToken,
  onSignedIn,
  onUseRecoveryCode,
  onLostEverything,
  onBack,
}: {
  mfaToken: string;
  onSignedIn(auth: UserAuth): void;
  onUseRecoveryCode(): void;
  onLostEverything(): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { code: '' } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit({ code }: Values) {
    try {
      onSignedIn(await authenticateMfa(client, { token: mfaToken, code }));
    } catch (error) {
      form.setError('code', { message: failureText(error) }, { shouldFocus: true });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          This account uses multi-factor authentication. Enter the 6-digit code from your
          authenticator app.
        </Text>
        <FormError message={errors.root?.message} />
        <TotpCodeField control={form.control} name="code" error={errors.code?.message} autoFocus />
        <Button type="submit" loading={isSubmitting}>
          Verify
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onUseRecoveryCode}>
          Use a recovery code
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onLostEverything}>
          Lost your authenticator and recovery codes?
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}
