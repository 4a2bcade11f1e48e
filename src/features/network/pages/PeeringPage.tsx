import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { vns3ConfigKey } from '@/api/vns3/config';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { networkKeys } from '../api/keys';
import {
  type Peer,
  type Peering,
  deletePeer,
  peeringQuery,
  peersOf,
  selfFormSchema,
  setSelfId,
} from '../api/peering';
import { MutationError } from '../components/MutationError';
import { PeerDialog } from '../components/PeerDialog';

function SelfForm({ peering }: { peering: Peering }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<{ id: string }>({
    resolver: zodResolver(selfFormSchema),
    defaultValues: { id: peering.id ? String(peering.id) : '' },
  });
  const save = useMutation({
    mutationFn: ({ id }: { id: string }) => setSelfId(client, Number(id)),
    onSuccess: async (updated) => {
      queryClient.setQueryData(networkKeys.peering(connection.id), updated);
      await queryClient.invalidateQueries({ queryKey: vns3ConfigKey(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Controller id saved',
        message: `This controller is now ${updated.id ?? '?'}`,
      });
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, { id: 'id' as const });
      if (mapped) form.setError('id', { message: mapped.message }, { shouldFocus: true });
    },
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        This controller
      </Title>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack maw={420}>
          {fieldOfVns3Error(save.error, { id: 'id' }) ? null : (
            <MutationError error={save.error} title="The controller id was not saved" />
          )}
          <TextInput
            label="Controller id"
            description="Its number in the topology, unique among peered controllers."
            error={form.formState.errors.id?.message}
            {...form.register('id')}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save controller id
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Peers({ peering }: { peering: Peering }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Peer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Peer | null>(null);
  const remove = useMutation({
    mutationFn: (peer: Peer) => deletePeer(client, peer.id),
    onSuccess: async (updated, peer) => {
      queryClient.setQueryData(networkKeys.peering(connection.id), updated);
      await queryClient.invalidateQueries({ queryKey: vns3ConfigKey(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Peer removed',
        message: `Controller ${peer.id}`,
      });
    },
    onSettled: () => setDeleting(null),
  });
  const peers = peersOf(peering).filter((peer) => !peer.self);
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Peers
        </Title>
        <Button size="xs" onClick={() => setEditing('new')}>
          Add peer
        </Button>
      </Group>
      <MutationError error={remove.error} title="The peer was not removed" />
      {peers.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not peered with any other controller.
        </Text>
      ) : (
        <Table aria-label="Peers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Id</Table.Th>
              <Table.Th>Address</Table.Th>
              <Table.Th>Overlay IP</Table.Th>
              <Table.Th>MTU</Table.Th>
              <Table.Th>Reachable</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {peers.map((peer) => (
              <Table.Tr key={peer.id}>
                <Table.Td>{peer.id}</Table.Td>
                <Table.Td>{peer.address}</Table.Td>
                <Table.Td ff="monospace">{peer.overlay_ipaddress}</Table.Td>
                <Table.Td>{peer.mtu}</Table.Td>
                <Table.Td>
                  <Badge color={peer.reachable ? 'teal' : 'red'} variant="light">
                    {peer.reachable ? 'Reachable' : 'Unreachable'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Edit peer ${peer.id}`}
                      onClick={() => setEditing(peer)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove peer ${peer.id}`}
                      onClick={() => setDeleting(peer)}
                    >
                      Remove
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? (
        <PeerDialog
          {...(editing === 'new' ? {} : { peer: editing })}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Remove peer"
        confirmLabel="Remove peer"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        Stop peering with controller {deleting?.id} ({deleting?.address})? Peering is one-way:
        remove this controller on that side too.
      </ConfirmDialog>
    </Paper>
  );
}

function PeeringContent() {
  const { connection, client } = useConnectionClient();
  const peering = useQuery(peeringQuery(connection.id, client));
  return (
    <QueryBoundary query={peering} what="the peering state">
      {(data) => (
        <>
          <SelfForm peering={data} />
          <Peers peering={data} />
        </>
      )}
    </QueryBoundary>
  );
}

export function PeeringPage() {
  return (
    <Stack>
      <PageHeader
        title="Peering"
        description="The controller mesh: this controller’s id and its peers."
      />
      <PrerequisiteBanner>
        <PeeringContent />
      </PrerequisiteBanner>
    </Stack>
  );
}
