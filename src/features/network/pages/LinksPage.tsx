import { Badge, Button, CloseButton, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { networkKeys } from '../api/keys';
import { type Link, deleteLink, deleteLinkTag, linksQuery, setLinkConnected } from '../api/links';
import { AddLinkDialog } from '../components/AddLinkDialog';
import { GlobalPolicies } from '../components/GlobalPolicies';
import { EditLinkDialog } from '../components/EditLinkDialog';
import { LinkLogsDialog } from '../components/LinkLogsDialog';
import { MutationError } from '../components/MutationError';
import { TagDialog } from '../components/TagDialog';

function LinksTable() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const links = useQuery(linksQuery(connection.id, client));
  const [logs, setLogs] = useState<Link | null>(null);
  const [tagging, setTagging] = useState<Link | null>(null);
  const [deleting, setDeleting] = useState<Link | null>(null);
  const [editing, setEditing] = useState<Link | null>(null);
  const [adding, setAdding] = useState(false);
  const replace = (saved: Link) =>
    queryClient.setQueryData<Link[]>(networkKeys.links(connection.id), (list) =>
      list?.map((item) => (item.id === saved.id ? saved : item)),
    );
  const connect = useMutation({
    mutationFn: ({ link, connected }: { link: Link; connected: boolean }) =>
      setLinkConnected(client, link.id, connected),
    onSuccess: async (saved) => {
      replace(saved);
      await queryClient.invalidateQueries({
        queryKey: networkKeys.linkLogs(connection.id, saved.id),
      });
      notifications.show({
        color: 'teal',
        title: saved.connected ? 'Link connected' : 'Link disconnected',
        message: saved.name,
      });
    },
  });
  const untag = useMutation({
    mutationFn: ({ link, key }: { link: Link; key: string }) => deleteLinkTag(client, link.id, key),
    onSuccess: replace,
  });
  const remove = useMutation({
    mutationFn: (link: Link) => deleteLink(client, link.id),
    onSuccess: async (_result, link) => {
      queryClient.setQueryData<Link[]>(networkKeys.links(connection.id), (list) =>
        list?.filter((item) => item.id !== link.id),
      );
      await queryClient.invalidateQueries({
        queryKey: networkKeys.interfaces(connection.id),
        exact: true,
      });
      notifications.show({ color: 'teal', title: 'Link deleted', message: link.name });
    },
    onSettled: () => setDeleting(null),
  });
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setAdding(true)}>Add link</Button>
      </Group>
      <MutationError
        error={connect.error ?? untag.error ?? remove.error}
        title="The link was not changed"
      />
      <QueryBoundary query={links} what="the links">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No links">
              Links connect this controller to other controllers over WireGuard or OpenVPN.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label="Links">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Link</Table.Th>
                    <Table.Th>Type</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Tags</Table.Th>
                    <Table.Th>Last connected</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((link) => (
                    <Table.Tr key={link.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {link.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {link.interface ?? `lnk${link.id}`}{' '}
                          {link.endpoints?.length ? `→ ${link.endpoints.join(', ')}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {link.type === 'openvpn'
                          ? 'OpenVPN'
                          : link.type === 'wireguard'
                            ? 'WireGuard'
                            : (link.type ?? '—')}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={link.connected ? 'teal' : 'gray'} variant="light">
                          {link.state ?? (link.connected ? 'connected' : 'disconnected')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {(link.tags ?? []).map((tag) => (
                            <Badge
                              key={tag.key}
                              variant="outline"
                              tt="none"
                              rightSection={
                                <CloseButton
                                  size="xs"
                                  aria-label={`Remove tag ${tag.key} from ${link.name}`}
                                  onClick={() => untag.mutate({ link, key: tag.key })}
                                />
                              }
                            >
                              {tag.key}={tag.value}
                            </Badge>
                          ))}
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Add tag to ${link.name}`}
                            onClick={() => setTagging(link)}
                          >
                            Add tag
                          </Button>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {link.last_connect ? new Date(link.last_connect).toLocaleString() : 'Never'}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            loading={connect.isPending && connect.variables.link.id === link.id}
                            onClick={() => connect.mutate({ link, connected: !link.connected })}
                            aria-label={`${link.connected ? 'Disconnect' : 'Connect'} ${link.name}`}
                          >
                            {link.connected ? 'Disconnect' : 'Connect'}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Edit ${link.name}`}
                            onClick={() => setEditing(link)}
                          >
                            Edit
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Log of ${link.name}`}
                            onClick={() => setLogs(link)}
                          >
                            Log
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${link.name}`}
                            onClick={() => setDeleting(link)}
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
          )
        }
      </QueryBoundary>
      {adding ? <AddLinkDialog onClose={() => setAdding(false)} /> : null}
      {editing ? <EditLinkDialog link={editing} onClose={() => setEditing(null)} /> : null}
      {logs ? <LinkLogsDialog link={logs} onClose={() => setLogs(null)} /> : null}
      {tagging ? <TagDialog link={tagging} onClose={() => setTagging(null)} /> : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete link"
        confirmLabel="Delete link"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        Delete the link {deleting?.name} and its interface {deleting?.interface ?? ''}?
      </ConfirmDialog>
    </Stack>
  );
}

export function LinksPage() {
  return (
    <Stack>
      <PageHeader title="Links" description="WireGuard and OpenVPN links to other controllers." />
      <PrerequisiteBanner needs="none">
        <LinksTable />
        <GlobalPolicies />
      </PrerequisiteBanner>
    </Stack>
  );
}
