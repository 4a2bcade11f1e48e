import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type ApiToken, createToken, deleteToken, expireToken, tokensQuery } from '../api/access';
import { TOKEN_EXPIRES, type TokenValues, tokenSchema } from '../api/rules';
import { TokenDetailsDialog } from './AccessDetailsDialog';
import { MutationError } from './MutationError';
import { useRevokeAndDelete } from './useRevokeAndDelete';

function CreateTokenForm({ onCreated }: { onCreated: (token: ApiToken) => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<TokenValues>({
    resolver: zodResolver(tokenSchema),
    defaultValues: { name: '', expires: 3600, refreshes: false },
  });
  const mutation = useMutation({
    mutationFn: (values: TokenValues) => createToken(client, values),
    onSuccess: (token) => {
      form.reset();
      onCreated(token);
      void queryClient.invalidateQueries({ queryKey: tokensQuery(connection.id, client).queryKey });
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group align="flex-start" grow>
          <TextInput
            label="Token name"
            withAsterisk
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <Controller
            control={form.control}
            name="expires"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Lifetime (seconds)"
                description={`${TOKEN_EXPIRES.min} to ${TOKEN_EXPIRES.max}`}
                value={field.value}
                onChange={(value) => field.onChange(value === '' ? Number.NaN : Number(value))}
                onBlur={field.onBlur}
                allowDecimal={false}
                error={fieldState.error?.message}
              />
            )}
          />
        </Group>
        <Checkbox label="Refresh the lifetime on each use" {...form.register('refreshes')} />
        <MutationError error={mutation.error} title="The token was not created" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Create token
        </Button>
      </Stack>
    </form>
  );
}

function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { connection, client } = useConnectionClient();
  const [viewing, setViewing] = useState<ApiToken | null>(null);
  const { askRevoke, askDelete, dialogs } = useRevokeAndDelete<ApiToken>({
    noun: 'token',
    buttonNoun: 'token',
    listKey: tokensQuery(connection.id, client).queryKey,
    revoke: (token) => expireToken(client, token.id),
    remove: (token) => deleteToken(client, token.id),
    revokeText: (token) =>
      `Scripts using ${token.name} stop working at once. The token stays listed as expired.`,
    deleteText: (token) =>
      `${token.name} is removed from ${connection.name}; anything using it is refused.`,
  });
  if (tokens.length === 0) {
    return <EmptyState title="No API tokens">Create one for scripts and integrations.</EmptyState>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>{token.expires_at ?? '—'}</Table.Td>
                <Table.Td>
                  {token.last_accessed_at
                    ? `${token.last_accessed_at} from ${token.last_accessed_ip ?? '?'}`
                    : 'Never'}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={token.expired ? 'gray' : 'teal'}>
                    {token.expired ? 'Expired' : 'Active'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Details of ${token.name}`}
                      onClick={() => setViewing(token)}
                    >
                      Details
                    </Button>
                    {!token.expired ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Revoke ${token.name}`}
                        onClick={() => askRevoke(token)}
                      >
                        Revoke
                      </Button>
                    ) : null}
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      aria-label={`Delete ${token.name}`}
                      onClick={() => askDelete(token)}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {viewing ? <TokenDetailsDialog token={viewing} onClose={() => setViewing(null)} /> : null}
      {dialogs}
    </>
  );
}

export function TokensPanel() {
  const { connection, client } = useConnectionClient();
  const tokens = useQuery(tokensQuery(connection.id, client));
  const [created, setCreated] = useState<ApiToken | null>(null);
  return (
    <Stack>
      <Title order={2} size="h4">
        API tokens
      </Title>
      <CreateTokenForm onCreated={setCreated} />
      {created?.token ? (
        <Alert
          color="teal"
          variant="light"
          title={`Token ${created.name} created`}
          withCloseButton
          closeButtonLabel="Dismiss the new token"
          onClose={() => setCreated(null)}
        >
          <Stack gap="xs">
            <Text size="sm">Copy it now: it is sent as the api-token header.</Text>
            <Group gap="xs">
              <Code aria-label="New API token">{created.token}</Code>
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? 'Copied' : 'Copy token'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <QueryBoundary query={tokens} what="the API tokens">
        {(data) => <TokensTable tokens={data} />}
      </QueryBoundary>
    </Stack>
  );
}
