import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { recoverPassword, updatePassword } from '@/api/shellhub/auth';
import { parseResetLink, shellHubPasswordSchema } from '../passwordRules';
import { EmailedLinkField, NewPasswordFields } from './AccountFields';
import { FormError, failureText, serverFieldError, usePublicClient } from './shared';

const requestSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'Enter your username or e-mail')),
});

const setSchema = z
  .object({
    link: z
      .string()
      .check(
        z.refine((value) => parseResetLink(value) !== null, 'Paste the whole link from the e-mail'),
      ),
    password: shellHubPasswordSchema,
    confirm: z.string(),
  })
  .check(
    z.refine((values) => values.password === values.confirm, {
      path: ['confirm'],
      message: 'The passwords do not match',
    }),
  );
type SetValues = z.infer<typeof setSchema>;

/** Request the e-mail, then set a new password from the link it carries. */
export function ForgotPasswordStep({ onDone, onBack }: { onDone(): void; onBack(): void }) {
  const client = usePublicClient();
  const [requested, setRequested] = useState(false);
  const request = useForm<z.infer<typeof requestSchema>>({
    resolver: zodResolver(requestSchema),
    defaultValues: { username: '' },
  });
  const set = useForm<SetValues>({
    resolver: zodResolver(setSchema),
    defaultValues: { link: '', password: '', confirm: '' },
  });

  async function onRequest(values: z.infer<typeof requestSchema>) {
    try {
      await recoverPassword(client, values);
      setRequested(true);
    } catch (error) {
      request.setError('root', { message: failureText(error) });
    }
  }

  async function onSet(values: SetValues) {
    const link = parseResetLink(values.link);
    if (!link) return;
    try {
      await updatePassword(client, link.uid, { password: values.password, token: link.token });
      onDone();
    } catch (error) {
      const field = serverFieldError(error, 'password');
      if (field) set.setError('password', { message: field }, { shouldFocus: true });
      else set.setError('root', { message: failureText(error) });
    }
  }

  return (
    <Stack>
      <form onSubmit={request.handleSubmit(onRequest)} noValidate>
        <Stack>
          <Text size="sm">
            Enter your username or e-mail. If an account matches, we e-mail it a link to set a new
            password.
          </Text>
          <FormError message={request.formState.errors.root?.message} />
          <TextInput
            label="Username or e-mail"
            autoComplete="username"
            autoFocus
            required
            error={request.formState.errors.username?.message}
            {...request.register('username')}
          />
          <Button
            type="submit"
            loading={request.formState.isSubmitting}
            variant={requested ? 'default' : 'filled'}
          >
            {requested ? 'Send the link again' : 'Send the link'}
          </Button>
        </Stack>
      </form>
      {requested ? (
        <form onSubmit={set.handleSubmit(onSet)} noValidate>
          <Stack>
            <Text size="sm" role="status">
              If the account exists, the e-mail is on its way. Paste its link here.
            </Text>
            <FormError message={set.formState.errors.root?.message} />
            <EmailedLinkField
              label="Link from the e-mail"
              field={{ error: set.formState.errors.link?.message, ...set.register('link') }}
            />
            <NewPasswordFields
              passwordLabel="New password"
              confirmLabel="Repeat the new password"
              field={(name) => ({
                error: set.formState.errors[name]?.message,
                ...set.register(name),
              })}
            />
            <Button type="submit" loading={set.formState.isSubmitting}>
              Set the new password
            </Button>
          </Stack>
        </form>
      ) : null}
      <Anchor component="button" type="button" size="sm" onClick={onBack}>
        Back to sign-in
      </Anchor>
    </Stack>
  );
}
