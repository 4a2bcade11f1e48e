import { Paper, Stack, Title } from '@mantine/core';
import { PluginExportsPanel } from './PluginExportsPanel';
import type { InstanceTabProps } from './PluginInstanceTab';

export function PluginInstanceExports({ instance }: InstanceTabProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Exports of {instance.name}
        </Title>
        <PluginExportsPanel
          owner={{ kind: 'plugin-instances', id: instance.id }}
          ownerName={instance.name}
        />
      </Stack>
    </Paper>
  );
}
