import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { completeMfaReset, requestMfaReset } from '@/api/shellhub/auth';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { parseMfaResetLink } from '../signUpRules';
import { FormError, failureText, usePublicClient } from './shared';

const requestSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, 'Enter your username or e-mail')),
});

const linkSchema = z.object({
  link: z
    .string()
    .check(
      z.refine(
        (value) => parseMfaResetLink(value) !== null,
        'Paste the whole link from the e-mail',
      ),
    ),
});

/** The e-mailed link carries the user id the two codes are checked against. */
function ResetLinkForm({ onLink }: { onLink(resetId: string): void }) {
  const form = useForm<z.infer<typeof linkSchema>>({
    resolver: zodResolver(linkSchema),
    defaultValues: { link: '' },
  });
  return (
    <form
      onSubmit={form.handleSubmit((values) => {
        const id = parseMfaResetLink(values.link);
        if (id) onLink(id);
      })}
      noValidate
    >
      <Stack>
        <TextInput
          label="Link from the e-mail"
          autoComplete="off"
          required
          error={form.formState.errors.link?.message}
          {...form.register('link')}
        />
        <Button type="submit" variant="default">
          Continue with the link
        </Button>
      </Stack>
    </form>
  );
}

/** "Lost everything": the server e-mails one code to each address. */
export function ResetRequestStep({
  identifier,
  onRequested,
  onBack,
}: {
  identifier: string;
  onRequested(resetId: string): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const [haveLink, setHaveLink] = useState(false);
  const form = useForm<z.infer<typeof requestSchema>>({
    resolver: zodResolver(requestSchema),
    defaultValues: { identifier },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: z.infer<typeof requestSchema>) {
    try {
      const token = await requestMfaReset(client, values);
      // 0.17.1 answers with an empty body: the id comes with the e-mailed link instead.
      if (!token) {
        setHaveLink(true);
        return;
      }
      onRequested(token);
    } catch (error) {
      form.setError('root', { message: failureText(error) });
    }
  }

  const request = (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          We send one code to your e-mail address and one to your recovery e-mail address. With
          both, MFA is turned off and you are signed in.
        </Text>
        <FormError message={errors.root?.message} />
        <TextInput
          label="Username or e-mail"
          autoComplete="username"
          required
          error={errors.identifier?.message}
          {...form.register('identifier')}
        />
        <Button type="submit" loading={isSubmitting}>
          Send the codes
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
  return (
    <Stack>
      {request}
      {haveLink ? (
        <ResetLinkForm onLink={onRequested} />
      ) : (
        <Anchor component="button" type="button" size="sm" onClick={() => setHaveLink(true)}>
          I already have the e-mailed link
        </Anchor>
      )}
    </Stack>
  );
}

const emailCode = z
  .string()
  .check(z.trim(), z.regex(/^[A-Za-z0-9]{5}$/, 'Enter the 5-character code from the e-mail'));
const verifySchema = z.object({ main: emailCode, recovery: emailCode });
type VerifyValues = z.infer<typeof verifySchema>;

export function ResetVerifyStep({
  resetId,
  onSignedIn,
  onBack,
}: {
  resetId: string;
  onSignedIn(auth: UserAuth): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<VerifyValues>({
    resolver: zodResolver(verifySchema),
    defaultValues: { main: '', recovery: '' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: VerifyValues) {
    try {
      onSignedIn(
        await completeMfaReset(client, resetId, {
          main_email_code: values.main.toUpperCase(),
          recovery_email_code: values.recovery.toUpperCase(),
        }),
      );
    } catch (error) {
      form.setError('root', { message: failureText(error) });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">The codes were sent. They are valid for one day.</Text>
        <FormError message={errors.root?.message} />
        <TextInput
          label="Code from your e-mail"
          autoComplete="off"
          autoFocus
          required
          maxLength={5}
          error={errors.main?.message}
          {...form.register('main')}
        />
        <TextInput
          label="Code from your recovery e-mail"
          autoComplete="off"
          required
          maxLength={5}
          error={errors.recovery?.message}
          {...form.register('recovery')}
        />
        <Button type="submit" loading={isSubmitting}>
          Turn off MFA and sign in
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}
