import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { vns3ConfigKey } from '@/api/vns3/config';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { networkKeys } from '../api/keys';
import {
  PEER_FIELDS,
  type Peer,
  type PeerFormValues,
  peerFormSchema,
  savePeer,
} from '../api/peering';
import { MutationError } from './MutationError';

export function PeerDialog({ peer, onClose }: { peer?: Peer; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<PeerFormValues>({
    resolver: zodResolver(peerFormSchema),
    defaultValues: {
      id: peer ? String(peer.id) : '',
      name: peer?.address ?? '',
      overlayMtu: peer?.mtu ? String(peer.mtu) : '1500',
      force: true,
    },
  });
  const save = useMutation({
    mutationFn: (values: PeerFormValues) => savePeer(client, values, peer !== undefined),
    onSuccess: async (peering, values) => {
      queryClient.setQueryData(networkKeys.peering(connection.id), peering);
      await queryClient.invalidateQueries({ queryKey: vns3ConfigKey(connection.id) });
      notifications.show({
        color: 'teal',
        title: peer ? 'Peer saved' : 'Peer added',
        message: `Controller ${values.id} at ${values.name}. Repeat this on that controller: peering is one-way.`,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, PEER_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <Modal opened onClose={onClose} title={peer ? `Edit peer ${peer.id}` : 'Add peer'}>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(save.error, PEER_FIELDS) ? null : (
            <MutationError error={save.error} title="The peer was not saved" />
          )}
          <TextInput
            label="Peer controller id"
            required
            readOnly={peer !== undefined}
            error={errors.id?.message}
            {...form.register('id')}
          />
          <TextInput
            label="Peer address"
            description="Its IP address or host name."
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label="Overlay MTU"
            required
            error={errors.overlayMtu?.message}
            {...form.register('overlayMtu')}
          />
          <Checkbox
            label="Finalise now (force)"
            description="Off: the change waits for a later reconfiguration."
            {...form.register('force')}
          />
          <DialogFooter
            onCancel={onClose}
            submitLabel={peer ? 'Save peer' : 'Add peer'}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
