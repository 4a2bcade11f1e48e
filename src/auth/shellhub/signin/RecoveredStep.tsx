import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { createShellHubClient } from '@/api/shellhub/client';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { useCurrentConnection } from '@/connections/ConnectionContext';
import { targetOf } from '@/connections/target';
import { FormError, failureText } from './shared';
import { formatCountdown, useCountdown } from './useCountdown';

/** After a recovery code: MFA may be turned off without a code until `expiresAt`. */
export function RecoveredStep({
  auth,
  expiresAt,
  onContinue,
}: {
  auth: UserAuth;
  expiresAt: number | null;
  onContinue(auth: UserAuth): void;
}) {
  const connection = useCurrentConnection();
  const client = useMemo(
    () => createShellHubClient(targetOf(connection), { kind: 'shellhub', jwt: auth.token }),
    [connection, auth.token],
  );
  const left = useCountdown(expiresAt);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function disable() {
    setBusy(true);
    setError(undefined);
    try {
      await client.send({ method: 'PUT', path: '/api/user/mfa/recovery/disable' });
      onContinue({ ...auth, mfa: false });
    } catch (failure) {
      setError(failureText(failure));
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Alert color="green" variant="light" title="Signed in with a recovery code">
        That code is now used up. If you no longer have your authenticator, turn MFA off now and
        enrol again from your account page.
      </Alert>
      <FormError message={error} />
      {left > 0 ? (
        <Text size="sm" role="timer" aria-live="off">
          You can disable MFA without a code for another {formatCountdown(left)}.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          The window to disable MFA without a code has closed.
        </Text>
      )}
      <Group>
        <Button color="red" onClick={disable} loading={busy} disabled={left === 0}>
          Disable MFA now
        </Button>
        <Button variant="default" onClick={() => onContinue(auth)} disabled={busy}>
          Keep MFA and continue
        </Button>
      </Group>
    </Stack>
  );
}
