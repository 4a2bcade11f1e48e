import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Badge,
  Button,
  CopyButton,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type AccessUrl,
  accessUrlsQuery,
  createAccessUrl,
  deleteAccessUrl,
  expireAccessUrl,
} from '../api/access';
import { type AccessUrlValues, URL_EXPIRES, accessUrlSchema } from '../api/rules';
import { AccessUrlDetailsDialog } from './AccessDetailsDialog';
import { DeleteUrlByAddress } from './DeleteUrlByAddress';
import { MutationError } from './MutationError';
import { useRevokeAndDelete } from './useRevokeAndDelete';

function CreateAccessUrlForm() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<AccessUrlValues>({
    resolver: zodResolver(accessUrlSchema),
    defaultValues: { name: '', description: '', expires: 3600, kind: 'rs', clientpack: '' },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const mutation = useMutation({
    mutationFn: (values: AccessUrlValues) =>
      createAccessUrl(client, {
        name: values.name,
        expires: values.expires,
        access: values.kind === 'rs' ? 'rs' : `cp:${values.clientpack}`,
        ...(values.description ? { description: values.description } : {}),
      }),
    onSuccess: (url) => {
      form.reset();
      notifications.show({ color: 'teal', title: 'Access URL created', message: url.name });
      void queryClient.invalidateQueries({
        queryKey: accessUrlsQuery(connection.id, client).queryKey,
      });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <Group align="flex-start" grow>
          <TextInput
            label="URL name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <Controller
            control={form.control}
            name="expires"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Lifetime (seconds)"
                description={`${URL_EXPIRES.min} to ${URL_EXPIRES.max}`}
                value={field.value}
                onChange={(value) => field.onChange(value === '' ? Number.NaN : Number(value))}
                onBlur={field.onBlur}
                allowDecimal={false}
                error={fieldState.error?.message}
              />
            )}
          />
        </Group>
        <TextInput label="Description" {...form.register('description')} />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="access-url-kind">
                Gives access to
              </Text>
              <SegmentedControl
                aria-labelledby="access-url-kind"
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'rs', label: 'Remote support' },
                  { value: 'cp', label: 'Clientpack download' },
                ]}
              />
            </Stack>
          )}
        />
        {kind === 'cp' ? (
          <TextInput
            label="Clientpack name"
            description="For example 100_64_0_10"
            {...form.register('clientpack')}
            error={errors.clientpack?.message}
          />
        ) : null}
        <MutationError error={mutation.error} title="The access URL was not created" />
        <Button type="submit" loading={mutation.isPending} w="fit-content">
          Create access URL
        </Button>
      </Stack>
    </form>
  );
}

function AccessUrlsTable({ urls }: { urls: AccessUrl[] }) {
  const { connection, client } = useConnectionClient();
  const [viewing, setViewing] = useState<AccessUrl | null>(null);
  const { askRevoke, askDelete, dialogs } = useRevokeAndDelete<AccessUrl>({
    noun: 'access URL',
    buttonNoun: 'URL',
    listKey: accessUrlsQuery(connection.id, client).queryKey,
    revoke: (url) => expireAccessUrl(client, url.id),
    remove: (url) => deleteAccessUrl(client, url.id),
    revokeText: (url) => `The link ${url.name} stops working at once.`,
    deleteText: (url) =>
      `${url.name} is removed from ${connection.name} and its link stops working.`,
  });
  if (urls.length === 0) {
    return <EmptyState title="No access URLs">Create one to share one-time access.</EmptyState>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Access URLs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>URL</Table.Th>
              <Table.Th>Access</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {urls.map((url) => (
              <Table.Tr key={url.id}>
                <Table.Td>
                  {url.name}{' '}
                  {url.expired ? (
                    <Badge variant="light" color="gray">
                      Expired
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Anchor href={url.url} target="_blank" rel="noreferrer noopener">
                    {url.url}
                  </Anchor>
                </Table.Td>
                <Table.Td>{url.access === 'rs' ? 'Remote support' : url.access}</Table.Td>
                <Table.Td>{url.expires_at ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Details of ${url.name}`}
                      onClick={() => setViewing(url)}
                    >
                      Details
                    </Button>
                    <CopyButton value={url.url}>
                      {({ copied, copy }) => (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={copy}
                          aria-label={`Copy ${url.name}`}
                        >
                          {copied ? 'Copied' : 'Copy'}
                        </Button>
                      )}
                    </CopyButton>
                    {!url.expired ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Revoke ${url.name}`}
                        onClick={() => askRevoke(url)}
                      >
                        Revoke
                      </Button>
                    ) : null}
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      aria-label={`Delete ${url.name}`}
                      onClick={() => askDelete(url)}
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
      {viewing ? <AccessUrlDetailsDialog url={viewing} onClose={() => setViewing(null)} /> : null}
      {dialogs}
    </>
  );
}

export function AccessUrlsPanel() {
  const { connection, client } = useConnectionClient();
  const urls = useQuery(accessUrlsQuery(connection.id, client));
  return (
    <Stack>
      <Title order={2} size="h4">
        Access URLs
      </Title>
      <Text size="sm" c="dimmed">
        One-time, expiring links for remote support or for downloading one clientpack.
      </Text>
      <CreateAccessUrlForm />
      <QueryBoundary query={urls} what="the access URLs">
        {(data) => <AccessUrlsTable urls={data} />}
      </QueryBoundary>
      <DeleteUrlByAddress />
    </Stack>
  );
}
