import { zodResolver } from '@hookform/resolvers/zod';
import { Group, Modal, PasswordInput, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import {
  BGP_PEER_FIELDS,
  type BgpPeerValues,
  bgpPeerFormSchema,
  bgpPeerValues,
  saveBgpPeer,
} from '../api/bgpPeer';
import { type BgpPeer, type Endpoint, storeEndpoint } from '../api/ipsec';
import { tunnelsKeys } from '../api/keys';
import { MutationError } from './MutationError';

export function BgpPeerDialog({
  endpoint,
  peer,
  onClose,
}: {
  endpoint: Endpoint;
  peer?: BgpPeer;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<BgpPeerValues>({
    resolver: zodResolver(bgpPeerFormSchema),
    defaultValues: bgpPeerValues(peer),
  });
  const save = useMutation({
    mutationFn: (values: BgpPeerValues) => saveBgpPeer(client, endpoint.id, values, peer?.id),
    onSuccess: (saved, values) => {
      storeEndpoint(queryClient, connection.id, saved);
      if (peer) {
        void queryClient.invalidateQueries({
          queryKey: tunnelsKeys.bgpPeer(connection.id, endpoint.id, peer.id),
        });
      }
      notifications.show({
        color: 'teal',
        title: peer ? 'eBGP peer saved' : 'eBGP peer added',
        message: `${values.ipaddress} (AS ${values.asn})`,
      });
      onClose();
    },
    onError: (error) => {
      const mapped = fieldOfVns3Error(error, BGP_PEER_FIELDS);
      if (mapped) form.setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;

  return (
    <Modal opened onClose={onClose} title={`${peer ? 'Edit' : 'Add'} eBGP peer (${endpoint.name})`}>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          {fieldOfVns3Error(save.error, BGP_PEER_FIELDS) ? null : (
            <MutationError error={save.error} title="The eBGP peer was not saved" />
          )}
          <Group grow align="flex-start">
            <TextInput
              label="Peer IP"
              required
              error={errors.ipaddress?.message}
              {...form.register('ipaddress')}
            />
            <TextInput
              label="Peer ASN"
              required
              error={errors.asn?.message}
              {...form.register('asn')}
            />
          </Group>
          <TextInput
            label="Local ASN alias"
            description="Optional: the ASN this controller presents to the peer."
            error={errors.localAsnAlias?.message}
            {...form.register('localAsnAlias')}
          />
          <Textarea
            label="Access list"
            description="One rule per line: in|out permit|deny a.b.c.d/n"
            autosize
            minRows={2}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.accessList?.message}
            {...form.register('accessList')}
          />
          <PasswordInput
            label="BGP password"
            description={peer ? 'Leave empty to keep the current password.' : 'Optional.'}
            autoComplete="new-password"
            error={errors.bgpPassword?.message}
            {...form.register('bgpPassword')}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Hold time (s)"
              error={errors.holdTime?.message}
              {...form.register('holdTime')}
            />
            <TextInput
              label="Keepalive interval (s)"
              error={errors.keepaliveInterval?.message}
              {...form.register('keepaliveInterval')}
            />
          </Group>
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
