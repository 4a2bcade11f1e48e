import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import {
  type IdentityScope,
  type IdentitySettings,
  identityQuery,
  saveIdentity,
  testIdentity,
} from '../api/identity';
import {
  IDENTITY_FIELDS,
  type IdentityValues,
  identityBody,
  identityDefaults,
  identityFormSchema,
  identityTestBody,
} from '../api/identityRules';
import { LdapFields, OidcFields, RadiusFields } from './IdentityProviderFields';
import { MutationError } from './MutationError';

const SCOPE_LABEL: Record<IdentityScope, string> = {
  vpn: 'VPN user',
  controller: 'controller administrator',
};

export function IdentityForm({
  scope,
  settings,
}: {
  scope: IdentityScope;
  settings: IdentitySettings;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<IdentityValues>({
    resolver: zodResolver(identityFormSchema),
    defaultValues: identityDefaults(settings),
  });
  const provider = useWatch({ control: form.control, name: 'provider' });
  const save = useMutation({
    mutationFn: (values: IdentityValues) =>
      saveIdentity(client, scope, identityBody(values, settings)),
    onSuccess: (saved) => {
      queryClient.setQueryData(identityQuery(connection.id, client, scope).queryKey, saved);
      form.reset(identityDefaults(saved));
      notifications.show({
        color: 'teal',
        title: 'Identity settings saved',
        message: `${connection.name}: ${SCOPE_LABEL[scope]} sign-in`,
      });
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, IDENTITY_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message });
    },
  });
  const test = useMutation({
    mutationFn: (values: IdentityValues) =>
      testIdentity(client, scope, identityTestBody(values, settings)),
  });
  const fieldError = fieldOfVns3Error(save.error, IDENTITY_FIELDS);
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Controller
          control={form.control}
          name="provider"
          render={({ field }) => (
            <Radio.Group label="Provider" value={field.value} onChange={field.onChange}>
              <Group mt="xs">
                <Radio value="ldap" label="LDAP" />
                <Radio value="oidc" label="OpenID Connect" />
                <Radio value="radius" label="RADIUS" />
              </Group>
            </Radio.Group>
          )}
        />
        <Checkbox
          label={`Sign ${SCOPE_LABEL[scope]}s in with this provider`}
          {...form.register('enabled')}
        />
        {provider === 'ldap' ? <LdapFields form={form} /> : null}
        {provider === 'oidc' ? <OidcFields form={form} /> : null}
        {provider === 'radius' ? <RadiusFields form={form} /> : null}
        {fieldError ? null : (
          <MutationError error={save.error} title="The identity settings were not saved" />
        )}
        <MutationError error={test.error} title="The test did not run" />
        {test.data ? (
          <Alert
            color={test.data.connect_success ? 'teal' : 'red'}
            variant="light"
            role="status"
            title={test.data.connect_success ? 'LDAP test succeeded' : 'LDAP test failed'}
          >
            <Text size="sm">{test.data.message ?? ''}</Text>
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save identity settings
          </Button>
          {provider === 'ldap' ? (
            <Button
              variant="default"
              loading={test.isPending}
              onClick={form.handleSubmit((values) => test.mutate(values))}
            >
              Test LDAP connection
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
