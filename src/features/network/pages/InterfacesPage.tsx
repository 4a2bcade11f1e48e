import { Button, Group, Menu, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { PrerequisiteBanner } from '@/components/vns3/PrerequisiteBanner';
import { type InterfaceAction, runInterfaceAction } from '../api/gre';
import { networkKeys } from '../api/keys';
import { GreInterfacesSection } from '../components/GreInterfacesSection';
import { MutationError } from '../components/MutationError';
import { SystemInterfacesSection } from '../components/SystemInterfacesSection';

const ACTIONS: [InterfaceAction, string][] = [
  ['discover_ips', 'Discover IP addresses'],
  ['discover_new_primary_adapters', 'Discover new adapters'],
  ['manage_overlay_interfaces', 'Manage overlay interfaces'],
  ['discover_links', 'Discover links'],
];

function InterfacesContent() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const action = useMutation({
    mutationFn: (name: InterfaceAction) => runInterfaceAction(client, name),
    onSuccess: async (_result, name) => {
      // Discovery can change any interface list, so every one of them is re-read.
      await queryClient.invalidateQueries({ queryKey: networkKeys.interfaces(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Done',
        message: ACTIONS.find(([key]) => key === name)?.[1] ?? name,
      });
    },
  });
  return (
    <Stack>
      <Group justify="flex-end">
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" loading={action.isPending}>
              Interface actions
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {ACTIONS.map(([key, label]) => (
              <Menu.Item key={key} onClick={() => action.mutate(key)}>
                {label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <MutationError error={action.error} title="The action failed" />
      <SystemInterfacesSection />
      <GreInterfacesSection />
    </Stack>
  );
}

export function InterfacesPage() {
  return (
    <Stack>
      <PageHeader
        title="Interfaces"
        description="System, virtual and edge GRE interfaces of this controller."
      />
      <PrerequisiteBanner needs="none">
        <InterfacesContent />
      </PrerequisiteBanner>
    </Stack>
  );
}
