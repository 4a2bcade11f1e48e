import { Button, Group, Paper, SegmentedControl, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { networkKeys } from '../api/keys';
import { type PolicyType, globalPoliciesQuery, saveGlobalPolicies } from '../api/links';
import { MutationError } from './MutationError';

function PolicyEditor({ type, initial }: { type: PolicyType; initial: string }) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [text, setText] = useState(initial);
  const save = useMutation({
    mutationFn: () => saveGlobalPolicies(client, type, text),
    onSuccess: (saved) => {
      queryClient.setQueryData(networkKeys.globalPolicies(connection.id, type), saved);
      notifications.show({
        color: 'teal',
        title: 'Global policies saved',
        message: type === 'wireguard' ? 'WireGuard' : 'OpenVPN',
      });
    },
  });
  return (
    <Stack>
      <MutationError error={save.error} title="The policies were not saved" />
      <Textarea
        label={`${type === 'wireguard' ? 'WireGuard' : 'OpenVPN'} policies`}
        description="One directive per line, added to every link of this type."
        autosize
        minRows={3}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group>
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          Save policies
        </Button>
      </Group>
    </Stack>
  );
}

export function GlobalPolicies() {
  const { connection, client } = useConnectionClient();
  const [type, setType] = useState<PolicyType>('wireguard');
  const policies = useQuery(globalPoliciesQuery(connection.id, client, type));
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        Global link policies
      </Title>
      <SegmentedControl
        mb="md"
        aria-label="Link type"
        data={[
          { value: 'wireguard', label: 'WireGuard' },
          { value: 'openvpn', label: 'OpenVPN' },
        ]}
        value={type}
        onChange={(value) => setType(value === 'openvpn' ? 'openvpn' : 'wireguard')}
      />
      <QueryBoundary query={policies} what="the global policies">
        {(text) => <PolicyEditor key={type} type={type} initial={text} />}
      </QueryBoundary>
    </Paper>
  );
}
