import { Checkbox, Group, PasswordInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import {
  GROUP_SEARCH_SCOPES,
  type IdentityValues,
  MEMBER_ATTR_FORMATS,
} from '../api/identityRules';

type Form = UseFormReturn<IdentityValues>;
type TextField = {
  [K in keyof IdentityValues]: IdentityValues[K] extends string ? K : never;
}[keyof IdentityValues];

function Text({
  form,
  name,
  label,
  ...rest
}: { form: Form; name: TextField; label: string } & {
  withAsterisk?: boolean;
  description?: string;
  placeholder?: string;
}) {
  return (
    <TextInput
      label={label}
      {...rest}
      {...form.register(name)}
      error={form.formState.errors[name]?.message}
    />
  );
}

/** Hidden until its eye button reveals it; the controller keeps it when left unchanged. */
function Secret({ form, name, label }: { form: Form; name: TextField; label: string }) {
  return (
    <PasswordInput
      label={label}
      description="Hidden; left as it is, the controller keeps the one it has"
      autoComplete="off"
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': `Show or hide the ${label.toLowerCase()}` }}
      {...form.register(name)}
      error={form.formState.errors[name]?.message}
    />
  );
}

function Choice({
  form,
  name,
  label,
  data,
}: {
  form: Form;
  name: 'group_search_scope' | 'group_member_attr_format';
  label: string;
  data: readonly string[];
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          data={[...data]}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          clearable
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

export function LdapFields({ form }: { form: Form }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
        <Text form={form} name="host" label="LDAP server" withAsterisk />
        <Text form={form} name="port" label="Port" placeholder="389" />
        <Text form={form} name="binddn" label="Bind DN" />
        <Secret form={form} name="bindpw" label="Bind password" />
      </SimpleGrid>
      <Group>
        <Checkbox label="Use SSL" {...form.register('encrypt')} />
        <Checkbox label="LDAPS instead of StartTLS" {...form.register('encrypt_ldaps')} />
        <Checkbox
          label="Verify the certificate authority"
          {...form.register('encrypt_verify_ca')}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Text form={form} name="user_base" label="User base DN" />
        <Text form={form} name="user_id_attribute" label="User ID attribute" />
        <Text form={form} name="user_list_filter" label="User filter" />
        <Text form={form} name="group_base" label="Group base DN" />
        <Text form={form} name="group_id_attribute" label="Group ID attribute" />
        <Text form={form} name="group_list_filter" label="Group filter" />
        <Text form={form} name="group_member_attribute" label="Group member attribute" />
        <Choice
          form={form}
          name="group_member_attr_format"
          label="Member attribute holds"
          data={MEMBER_ATTR_FORMATS}
        />
        <Choice
          form={form}
          name="group_search_scope"
          label="Group search scope"
          data={GROUP_SEARCH_SCOPES}
        />
      </SimpleGrid>
      <Group align="flex-end">
        <Checkbox label="Ask for a one-time code" {...form.register('otp')} />
        <Text form={form} name="otp_url" label="One-time code URL" />
      </Group>
    </>
  );
}

export function OidcFields({ form }: { form: Form }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
      <Text form={form} name="issuer" label="Issuer URL" withAsterisk />
      <Text form={form} name="identifier" label="Client identifier" withAsterisk />
      <Secret form={form} name="secret" label="Client secret" />
      <Text form={form} name="redirect_hostname" label="Redirect host name" />
      <Text form={form} name="authorization_endpoint" label="Authorization endpoint" />
      <Text form={form} name="token_endpoint" label="Token endpoint" />
      <Text form={form} name="userinfo_endpoint" label="User info endpoint" />
      <Text form={form} name="jwks_uri" label="JWKS URI" />
    </SimpleGrid>
  );
}

export function RadiusFields({ form }: { form: Form }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
      <Text form={form} name="server" label="RADIUS server" withAsterisk />
      <Secret form={form} name="pass" label="Shared secret" />
      <Text form={form} name="auth_port" label="Authentication port" placeholder="1812" />
      <Text form={form} name="accounting_port" label="Accounting port" placeholder="1813" />
    </SimpleGrid>
  );
}
