import { PasswordInput, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { failureText, serverFieldError } from './shared';

type AccountField = 'name' | 'email' | 'username' | 'password' | 'confirm';

/** A registered input and its message, e.g. `{ error: errors.name?.message, ...register('name') }`. */
type FieldProps<F extends string> = UseFormRegisterReturn<F> & { error: string | undefined };

const SERVER_FIELDS = ['name', 'email', 'username', 'password'] as const;

/**
 * Puts the server's per-field reasons of a failed sign-up or setup next to their fields, or the
 * whole failure above the form when it named none.
 */
export function reportAccountError(
  error: unknown,
  setError: (field: (typeof SERVER_FIELDS)[number] | 'root', message: string) => void,
) {
  let mapped = false;
  for (const field of SERVER_FIELDS) {
    const reason = serverFieldError(error, field);
    if (reason) {
      setError(field, `The server says: ${reason}`);
      mapped = true;
    }
  }
  if (!mapped) setError('root', failureText(error));
}

/** The password and its repetition. */
export function NewPasswordFields({
  field,
  passwordLabel,
  confirmLabel,
}: {
  field: (name: 'password' | 'confirm') => FieldProps<string>;
  passwordLabel: string;
  confirmLabel: string;
}) {
  return (
    <>
      <PasswordInput
        label={passwordLabel}
        description="5 to 30 characters"
        autoComplete="new-password"
        required
        {...field('password')}
      />
      <PasswordInput
        label={confirmLabel}
        autoComplete="new-password"
        required
        {...field('confirm')}
      />
    </>
  );
}

/** Name, e-mail, username and password of a new account. */
export function AccountFields({
  field,
  nameDescription,
}: {
  field: (name: AccountField) => FieldProps<string>;
  nameDescription?: string;
}) {
  return (
    <>
      <TextInput
        label="Name"
        description={nameDescription}
        autoComplete="name"
        required
        autoFocus
        {...field('name')}
      />
      <TextInput label="E-mail" type="email" autoComplete="email" required {...field('email')} />
      <TextInput
        label="Username"
        description="3 to 30 letters, digits or - _ . @"
        autoComplete="username"
        required
        {...field('username')}
      />
      <NewPasswordFields
        field={field}
        passwordLabel="Password"
        confirmLabel="Repeat the password"
      />
    </>
  );
}

/** Where the user pastes the link an e-mail carried. */
export function EmailedLinkField({ label, field }: { label: string; field: FieldProps<string> }) {
  return <TextInput label={label} autoComplete="off" required {...field} />;
}
