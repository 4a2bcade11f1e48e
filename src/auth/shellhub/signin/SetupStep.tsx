import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { setupServer } from '@/api/shellhub/auth';
import { type SetupValues, setupSchema } from '../signUpRules';
import { AccountFields, reportAccountError } from './AccountFields';
import { FormError, usePublicClient } from './shared';

/** First-run setup (`POST /api/setup?sign=`): the admin account and its namespace. */
export function SetupStep({
  sign,
  onDone,
  onBack,
}: {
  sign: string;
  onDone(username: string): void;
  onBack(): void;
}) {
  const client = usePublicClient();
  const form = useForm<SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: { name: '', email: '', username: '', password: '', confirm: '' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: SetupValues) {
    try {
      await setupServer(client, sign, {
        name: values.name.trim(),
        email: values.email.trim(),
        username: values.username,
        password: values.password,
      });
      onDone(values.username);
    } catch (error) {
      reportAccountError(error, (field, message) => form.setError(field, { message }));
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          This server has no administrator yet. The account you create here owns a namespace named
          after its username.
        </Text>
        <FormError message={errors.root?.message} />
        <AccountFields
          nameDescription="3 to 20 characters"
          field={(name) => ({ error: errors[name]?.message, ...form.register(name) })}
        />
        <Button type="submit" loading={isSubmitting}>
          Set up the server
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Back to sign-in
        </Anchor>
      </Stack>
    </form>
  );
}
