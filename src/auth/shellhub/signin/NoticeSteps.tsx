import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { resendConfirmation } from '@/api/shellhub/auth';
import { FormError, failureText, usePublicClient } from './shared';
import { formatCountdown, useCountdown } from './useCountdown';

/** 429: counts down to `X-Account-Lockout`, then offers the form again. */
export function LockedStep({ until, onOver }: { until: number; onOver(): void }) {
  const left = useCountdown(until);
  useEffect(() => {
    if (left === 0) onOver();
  }, [left, onOver]);
  return (
    <Alert color="red" role="alert" title="Too many failed attempts">
      <Text size="sm">
        This account is locked for a while. Try again in{' '}
        <Text span fw={700} role="timer" aria-label="Time left">
          {formatCountdown(left)}
        </Text>
        .
      </Text>
    </Alert>
  );
}

/** 403 at login: the e-mail address was never confirmed. */
export function UnconfirmedStep({ identifier, onBack }: { identifier: string; onBack(): void }) {
  const client = usePublicClient();
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<string>();

  async function resend() {
    setState('sending');
    setError(undefined);
    try {
      await resendConfirmation(client, { username: identifier });
      setState('sent');
    } catch (failure) {
      setError(failureText(failure));
      setState('idle');
    }
  }

  return (
    <Stack>
      <Alert color="yellow" variant="light" title="Confirm your e-mail address first">
        This account's e-mail address is not confirmed yet. Open the link in the confirmation
        e-mail, then sign in.
      </Alert>
      <FormError message={error} />
      {state === 'sent' ? (
        <Text size="sm" role="status">
          A new confirmation e-mail is on its way.
        </Text>
      ) : (
        <Button onClick={resend} loading={state === 'sending'}>
          Resend the confirmation e-mail
        </Button>
      )}
      <Anchor component="button" type="button" size="sm" onClick={onBack}>
        Back to sign-in
      </Anchor>
    </Stack>
  );
}

/** 423 at login. */
export function AwaitingApprovalStep({ onBack }: { onBack(): void }) {
  return (
    <Stack>
      <Alert color="blue" variant="light" title="Awaiting approval">
        An administrator of this ShellHub server has to approve your account before you can sign in.
      </Alert>
      <Anchor component="button" type="button" size="sm" onClick={onBack}>
        Back to sign-in
      </Anchor>
    </Stack>
  );
}
