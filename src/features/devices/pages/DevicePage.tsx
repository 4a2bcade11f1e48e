import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { deviceQuery } from '../api/devices';
import type { ItemKind } from '../api/keys';
import type { Device } from '../api/schemas';
import { DeviceChoiceDialog } from '../components/DeviceChoiceDialog';
import { DeviceTags } from '../components/DeviceTags';
import { OnlineBadge, StatusBadge } from '../components/badges';
import { RemoveDeviceDialog } from '../components/RemoveDeviceDialog';
import { RenameDeviceDialog } from '../components/RenameDeviceDialog';
import { useCan } from '../components/permissions';
import { formatAgo, formatTime } from '../components/time';
import { useDeviceActions } from '../components/useDeviceActions';
import { useShellHubPaths } from '../components/usePaths';

function Fact({ label, value, mono = false }: { label: string; value: string; mono?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text
        size="sm"
        component="dd"
        m={0}
        ff={mono ? 'monospace' : undefined}
        style={{ wordBreak: 'break-all' }}
      >
        {value || '—'}
      </Text>
    </div>
  );
}

function Details({ kind, device }: { kind: ItemKind; device: Device }) {
  const can = useCan();
  const navigate = useNavigate();
  const paths = useShellHubPaths();
  const { status, limitReached, closeLimit } = useDeviceActions(kind);
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const ref = { uid: device.uid, name: device.name };

  return (
    <Stack>
      <PageHeader
        title={device.name}
        description={
          <Group gap="xs" component="span">
            <StatusBadge status={device.status} />
            <OnlineBadge online={device.online} />
            <Text span size="sm">
              Last seen {device.online ? 'now' : formatAgo(device.last_seen)}
            </Text>
          </Group>
        }
        actions={
          <>
            {can('change devices') ? (
              <Button variant="default" onClick={() => setRenaming(true)}>
                Rename
              </Button>
            ) : null}
            {can('change devices') && device.status !== 'accepted' ? (
              <Button
                loading={status.isPending}
                onClick={() => status.mutate({ device: ref, to: 'accepted' })}
              >
                Accept
              </Button>
            ) : null}
            {can('change devices') && device.status !== 'rejected' ? (
              <Button
                variant="light"
                color="orange"
                loading={status.isPending}
                onClick={() => status.mutate({ device: ref, to: 'rejected' })}
              >
                Reject
              </Button>
            ) : null}
            {can('remove devices') ? (
              <Button variant="light" color="red" onClick={() => setRemoving(true)}>
                Remove
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          Information
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="sm" m={0}>
          <Fact label="UID" value={device.uid} mono />
          <Fact label="MAC address" value={device.identity?.mac ?? ''} mono />
          <Fact label="Operating system" value={device.info?.pretty_name ?? ''} />
          <Fact label="Agent version" value={device.info?.version ?? ''} />
          <Fact label="Architecture" value={device.info?.arch ?? ''} />
          <Fact label="Platform" value={device.info?.platform ?? ''} />
          <Fact label="Remote address" value={device.remote_addr ?? ''} mono />
          <Fact label="Last seen" value={formatTime(device.last_seen)} />
          <Fact label="Created" value={formatTime(device.created_at)} />
          <Fact label="Namespace" value={device.namespace ?? ''} />
          <Fact
            label="SSH address"
            value={device.namespace ? `${device.namespace}.${device.name}` : device.name}
            mono
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <DeviceTags kind={kind} uid={device.uid} name={device.name} tags={device.tags ?? []} />
      </Paper>
      <RenameDeviceDialog
        kind={kind}
        device={ref}
        opened={renaming}
        onClose={() => setRenaming(false)}
      />
      <RemoveDeviceDialog
        kind={kind}
        device={removing ? ref : null}
        onClose={() => setRemoving(false)}
        onRemoved={() => void navigate(paths.list(kind))}
      />
      {limitReached ? <DeviceChoiceDialog device={limitReached} onClose={closeLimit} /> : null}
    </Stack>
  );
}

function ItemPage({ kind }: { kind: ItemKind }) {
  const { connection, client } = useConnectionClient();
  const { uid = '' } = useParams();
  const device = useQuery(deviceQuery(connection.id, client, kind, uid));
  return (
    <QueryBoundary query={device} what={`the ${kind}`} notFoundTitle={`No such ${kind}`}>
      {(data) => <Details kind={kind} device={data} />}
    </QueryBoundary>
  );
}

export function DevicePage() {
  return <ItemPage kind="device" />;
}

export function ContainerPage() {
  return <ItemPage kind="container" />;
}
