import { Button, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { CommandResult } from '../api/pluginInstanceApi';
import { MutationError } from './MutationError';
import { PluginCommandOutput } from './PluginCommandOutput';

/** The optional timeout of a command or process action. */
export function TimeoutField({
  register,
  error,
}: {
  register: UseFormRegisterReturn;
  error: string | undefined;
}) {
  return <TextInput label="Timeout (seconds)" description="Optional" {...register} error={error} />;
}

/** Why the run failed, the run button, and what the run printed. */
export function RunFooter({
  error,
  errorTitle,
  pending,
  submitLabel,
  result,
  outputLabel,
}: {
  error: unknown;
  errorTitle: string;
  pending: boolean;
  submitLabel: string;
  result: CommandResult | undefined;
  outputLabel: string;
}) {
  return (
    <>
      <MutationError error={error} title={errorTitle} />
      <Button type="submit" loading={pending} w="fit-content">
        {submitLabel}
      </Button>
      {result ? <PluginCommandOutput result={result} label={outputLabel} /> : null}
    </>
  );
}
