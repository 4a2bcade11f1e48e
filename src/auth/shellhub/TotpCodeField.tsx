import { TextInput } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { z } from 'zod/mini';

export const totpCodeSchema = z
  .string()
  .check(z.regex(/^\d{6}$/, 'Enter the 6 digits shown in your authenticator app'));

/** One field for a 6-digit code; a pasted code with spaces or dashes is reduced to its digits. */
export function TotpCodeField<Values extends FieldValues>({
  control,
  name,
  error,
  autoFocus,
  label = 'Verification code',
}: {
  control: Control<Values>;
  name: Path<Values>;
  error: string | undefined;
  autoFocus?: boolean;
  label?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextInput
          label={label}
          maw={280}
          description="6 digits"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus={autoFocus}
          required
          maxLength={6}
          error={error}
          value={String(field.value ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          onChange={(event) => field.onChange(event.currentTarget.value.replace(/\D/g, ''))}
          onPaste={(event) => {
            event.preventDefault();
            const digits = event.clipboardData.getData('text').replace(/\D/g, '').slice(0, 6);
            field.onChange(digits);
          }}
          styles={{
            input: { letterSpacing: '0.4em', fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
        />
      )}
    />
  );
}
