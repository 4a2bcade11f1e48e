import {
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { apiKeyPageQuery } from '../api/apiKeys';
import { describeExpiry } from '../api/expiry';
import type { ApiKeyPageRequest } from '../api/keys';
import { ROLE_LABELS, atLeast } from '../api/roles';
import type { ApiKey } from '../api/schemas';
import { CreateApiKeyDialog } from '../components/CreateApiKeyDialog';
import { DeleteApiKeyDialog } from '../components/DeleteApiKeyDialog';
import { EditApiKeyDialog } from '../components/EditApiKeyDialog';
import { NoIdentity } from '../components/NoIdentity';
import { RoleNotice } from '../components/RoleNotice';
import { useNamespaceSession } from '../components/useNamespaceSession';

const PER_PAGE = 20;
const SORTS = [
  { value: 'expires_in', label: 'Expiry' },
  { value: 'name', label: 'Name' },
  { value: 'created_at', label: 'Created' },
  { value: 'role', label: 'Role' },
] as const;

export function ApiKeysPage() {
  const { identity } = useNamespaceSession();
  if (!identity?.tenant) return <NoIdentity title="API keys" />;
  const allowed = atLeast(identity.role, 'administrator');
  return (
    <Stack maw={1100}>
      {allowed ? (
        <ApiKeys tenant={identity.tenant} />
      ) : (
        <>
          <PageHeader title="API keys" description="Keys for scripts that call the ShellHub API." />
          <RoleNotice role={identity.role} cannot="see or manage API keys" />
        </>
      )}
    </Stack>
  );
}

function ApiKeys({ tenant }: { tenant: string }) {
  const { connection, client } = useNamespaceSession();
  const [request, setRequest] = useState<ApiKeyPageRequest>({
    page: 1,
    perPage: PER_PAGE,
    sortBy: 'expires_in',
    orderBy: 'desc',
  });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ApiKey | null>(null);
  const [deleting, setDeleting] = useState<ApiKey | null>(null);
  const query = useQuery(apiKeyPageQuery(connection.id, client, tenant, request));
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PER_PAGE));
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for scripts that call the ShellHub API with the X-API-KEY header."
        actions={<Button onClick={() => setCreating(true)}>Create API key</Button>}
      />
      <CreateApiKeyDialog tenant={tenant} opened={creating} onClose={() => setCreating(false)} />
      {editing ? (
        <EditApiKeyDialog tenant={tenant} apiKey={editing} onClose={() => setEditing(null)} />
      ) : null}
      <DeleteApiKeyDialog tenant={tenant} apiKey={deleting} onClose={() => setDeleting(null)} />
      <Group>
        <Select
          label="Sort by"
          w={180}
          allowDeselect={false}
          data={SORTS.map((sort) => ({ ...sort }))}
          value={request.sortBy}
          onChange={(value) =>
            value &&
            setRequest({ ...request, page: 1, sortBy: value as ApiKeyPageRequest['sortBy'] })
          }
        />
        <Select
          label="Order"
          w={160}
          allowDeselect={false}
          data={[
            { value: 'desc', label: 'Descending' },
            { value: 'asc', label: 'Ascending' },
          ]}
          value={request.orderBy}
          onChange={(value) =>
            value && setRequest({ ...request, page: 1, orderBy: value as 'asc' | 'desc' })
          }
        />
      </Group>
      <QueryBoundary query={query} what="the API keys" skeletonHeight={200}>
        {({ keys, total }) =>
          keys.length === 0 ? (
            <EmptyState
              title="No API keys yet"
              action={<Button onClick={() => setCreating(true)}>Create API key</Button>}
            >
              Create a key for scripts and CI jobs; it carries a role and an expiry.
            </EmptyState>
          ) : (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Expires</Table.Th>
                      <Table.Th>Created</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {keys.map((key) => {
                      const expiry = describeExpiry(key.expires_in);
                      return (
                        <Table.Tr key={key.name}>
                          <Table.Td>{key.name}</Table.Td>
                          <Table.Td>{ROLE_LABELS[key.role]}</Table.Td>
                          <Table.Td>
                            {expiry.expired ? (
                              <Badge color="red" variant="light">
                                Expired {expiry.text}
                              </Badge>
                            ) : (
                              expiry.text
                            )}
                          </Table.Td>
                          <Table.Td>{new Date(key.created_at).toLocaleDateString()}</Table.Td>
                          <Table.Td>
                            <Group gap="xs" justify="flex-end" wrap="nowrap">
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={`Edit ${key.name}`}
                                onClick={() => setEditing(key)}
                              >
                                Edit
                              </Button>
                              <Button
                                size="xs"
                                color="red"
                                variant="subtle"
                                aria-label={`Delete ${key.name}`}
                                onClick={() => setDeleting(key)}
                              >
                                Delete
                              </Button>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between" p="sm">
                <Text size="sm" c="dimmed">
                  {total} {total === 1 ? 'key' : 'keys'}
                </Text>
                {pages > 1 ? (
                  <Pagination
                    total={pages}
                    value={request.page}
                    onChange={(page) => setRequest({ ...request, page })}
                    aria-label="API key pages"
                  />
                ) : null}
              </Group>
            </Paper>
          )
        }
      </QueryBoundary>
    </>
  );
}
