import { Alert, Stack } from '@mantine/core';
import { ServerText } from '@/components/ServerText';
import type { CommandResult } from '../api/pluginInstanceApi';

/** What a process action or command printed, as text; a failure or timeout is said first. */
export function PluginCommandOutput({ result, label }: { result: CommandResult; label: string }) {
  const trouble = result.timeout
    ? 'The command timed out'
    : result.failed
      ? 'The command failed'
      : null;
  return (
    <Stack gap="xs">
      {trouble ? (
        <Alert color="red" variant="light" title={trouble} role="alert">
          {result.error ?? ''}
        </Alert>
      ) : null}
      <ServerText text={result.output || '(no output)'} label={label} />
    </Stack>
  );
}
