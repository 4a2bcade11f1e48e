import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { namespaceQuery } from '../api/namespace';
import { atLeast } from '../api/roles';
import type { Namespace } from '../api/schemas';
import { AnnouncementForm } from '../components/AnnouncementForm';
import { CreateNamespaceDialog } from '../components/CreateNamespaceDialog';
import { DeleteNamespaceDialog } from '../components/DeleteNamespaceDialog';
import { LeaveNamespaceDialog } from '../components/LeaveNamespaceDialog';
import { NoIdentity } from '../components/NoIdentity';
import { RenameNamespaceForm } from '../components/RenameNamespaceForm';
import { RoleNotice } from '../components/RoleNotice';
import { SessionRecordSwitch } from '../components/SessionRecordSwitch';
import { useNamespaceSession } from '../components/useNamespaceSession';

export function NamespaceSettingsPage() {
  const { connection, client, identity } = useNamespaceSession();
  const [creating, setCreating] = useState(false);
  const query = useQuery({
    ...namespaceQuery(connection.id, client, identity?.tenant ?? ''),
    enabled: Boolean(identity?.tenant),
  });
  if (!identity?.tenant) return <NoIdentity title="Namespace settings" />;
  return (
    <Stack maw={960}>
      <PageHeader
        title="Namespace settings"
        description={
          query.data
            ? `${query.data.name}: name, SSH settings and membership of this namespace.`
            : 'Name, SSH settings and membership of the namespace you are signed in to.'
        }
        actions={<Button onClick={() => setCreating(true)}>Create namespace</Button>}
      />
      <CreateNamespaceDialog opened={creating} onClose={() => setCreating(false)} />
      <QueryBoundary query={query} what="the namespace" skeletonHeight={320}>
        {(namespace) => <Settings key={namespace.tenant_id} namespace={namespace} />}
      </QueryBoundary>
    </Stack>
  );
}

function Settings({ namespace }: { namespace: Namespace }) {
  const { identity } = useNamespaceSession();
  const role = identity?.role;
  const canEdit = atLeast(role, 'administrator');
  const isOwner = role === 'owner';
  const [deleting, setDeleting] = useState(false);
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            General
          </Title>
          {canEdit ? null : <RoleNotice role={role} cannot="change the namespace's settings" />}
          <RenameNamespaceForm key={namespace.name} namespace={namespace} canEdit={canEdit} />
          <Group gap="xs">
            <Text size="sm" fw={500}>
              Tenant ID
            </Text>
            <Code>{namespace.tenant_id}</Code>
            <CopyButton value={namespace.tenant_id}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy tenant ID'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed">
            Devices: {namespace.max_devices === -1 ? 'no limit' : `up to ${namespace.max_devices}`}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            SSH
          </Title>
          <SessionRecordSwitch tenant={namespace.tenant_id} canEdit={canEdit} />
          <AnnouncementForm namespace={namespace} canEdit={canEdit} />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Stack align="flex-start">
          <Title order={2} size="h4">
            Danger zone
          </Title>
          {isOwner ? (
            <>
              <Text size="sm">
                Deleting the namespace removes its devices, sessions, members and API keys.
              </Text>
              <Button color="red" variant="outline" onClick={() => setDeleting(true)}>
                Delete namespace
              </Button>
              <DeleteNamespaceDialog
                namespace={namespace}
                opened={deleting}
                onClose={() => setDeleting(false)}
              />
            </>
          ) : (
            <>
              <Text size="sm">
                The owner can delete the namespace; you can leave it. Only the owner cannot leave.
              </Text>
              <Button color="red" variant="outline" onClick={() => setLeaving(true)}>
                Leave namespace
              </Button>
              <LeaveNamespaceDialog
                namespace={namespace}
                opened={leaving}
                onClose={() => setLeaving(false)}
              />
            </>
          )}
        </Stack>
      </Paper>
    </>
  );
}
