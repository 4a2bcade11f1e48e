import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { fetchNamespaceWithKey } from '@/api/shellhub/auth';
import { createShellHubClient } from '@/api/shellhub/client';
import { targetOf } from '@/connections/target';
import { SHELLHUB_ROLES, type ShellHubCredential } from '../../credentials';
import { RememberField } from '../../signin/RememberField';
import { useSignInFlow } from '../../useSignInFlow';
import { FormError, failureText } from './shared';

const schema = z.object({
  apiKey: z.string().check(z.trim(), z.minLength(1, 'Paste the API key')),
  tenant: z
    .string()
    .check(
      z.trim(),
      z.regex(
        /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
        'Enter the namespace tenant ID (a UUID)',
      ),
    ),
  role: z.enum(SHELLHUB_ROLES),
  remember: z.boolean(),
});
type Values = z.infer<typeof schema>;

/** A namespace API key instead of a user: device routes only, no profile or MFA. */
export function ApiKeyStep({ onBack }: { onBack(): void }) {
  const { connection, complete } = useSignInFlow();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { apiKey: '', tenant: '', role: 'observer', remember: false },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    const credential: ShellHubCredential = {
      kind: 'shellhub',
      apiKey: values.apiKey,
      tenant: values.tenant.toLowerCase(),
      role: values.role,
    };
    try {
      await fetchNamespaceWithKey(
        createShellHubClient(targetOf(connection), credential),
        credential.tenant,
      );
      complete(credential, values.remember);
    } catch (error) {
      form.setError(
        'apiKey',
        { message: `Rejected: ${failureText(error)}` },
        { shouldFocus: true },
      );
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <Stack>
        <Text size="sm">
          An API key belongs to one namespace and is sent as X-API-KEY. It reaches devices,
          sessions, tags, public keys and firewall rules, but not your profile or MFA settings.
        </Text>
        <FormError message={errors.root?.message} />
        <PasswordInput
          label="API key"
          autoComplete="off"
          autoFocus
          required
          error={errors.apiKey?.message}
          {...form.register('apiKey')}
        />
        <TextInput
          label="Namespace tenant ID"
          description="Shown in the namespace settings of ShellHub"
          autoComplete="off"
          required
          error={errors.tenant?.message}
          {...form.register('tenant')}
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select
              label="Role of the key"
              description="Only hides actions the key may not do; the server enforces it."
              data={SHELLHUB_ROLES.map((role) => ({ value: role, label: role }))}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              allowDeselect={false}
            />
          )}
        />
        <RememberField control={form.control} />
        <Button type="submit" loading={isSubmitting}>
          Sign in with the API key
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          Sign in with a username instead
        </Anchor>
      </Stack>
    </form>
  );
}
