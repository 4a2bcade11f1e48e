import { Button, Skeleton, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ComponentType, Suspense, lazy } from 'react';
import { Link, useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { instanceQuery } from '../api/pluginInstanceApi';
import type { InstanceTabProps } from '../components/PluginInstanceTab';

const tab = (load: () => Promise<ComponentType<InstanceTabProps>>) =>
  lazy(async () => ({ default: await load() }));

// Each tab's code loads when the tab is first opened.
const TABS = [
  [
    'overview',
    'Overview',
    tab(async () => (await import('../components/PluginInstanceOverview')).PluginInstanceOverview),
  ],
  [
    'logs',
    'Logs',
    tab(async () => (await import('../components/PluginInstanceLogs')).PluginInstanceLogs),
  ],
  [
    'configuration',
    'Configuration',
    tab(async () => (await import('../components/PluginInstanceConfigs')).PluginInstanceConfigs),
  ],
  [
    'processes',
    'Processes',
    tab(
      async () => (await import('../components/PluginInstanceProcesses')).PluginInstanceProcesses,
    ),
  ],
  [
    'commands',
    'Commands',
    tab(async () => (await import('../components/PluginInstanceCommands')).PluginInstanceCommands),
  ],
  [
    'firewall',
    'Firewall',
    tab(async () => (await import('../components/PluginInstanceFirewall')).PluginInstanceFirewall),
  ],
  [
    'users',
    'Users',
    tab(async () => (await import('../components/PluginInstanceUsers')).PluginInstanceUsers),
  ],
  [
    'exports',
    'Exports',
    tab(async () => (await import('../components/PluginInstanceExports')).PluginInstanceExports),
  ],
] as const;

export function PluginInstancePage() {
  const { instanceId = '' } = useParams();
  // A malformed id is sent as is: the controller's 404 then says there is no such instance.
  const id = Number(instanceId);
  const { connection, client } = useConnectionClient();
  const instance = useQuery(instanceQuery(connection.id, client, id));
  return (
    <Stack maw={1000}>
      <PageHeader
        title={instance.data ? `Plugin instance ${instance.data.name}` : 'Plugin instance'}
        description={`A network edge plugin instance on ${connection.name}.`}
        actions={
          <Button component={Link} to="../.." relative="path" variant="default">
            All plugins
          </Button>
        }
      />
      <QueryBoundary
        query={instance}
        what="the plugin instance"
        notFoundTitle="No such plugin instance"
      >
        {(data) => (
          <Tabs defaultValue="overview" keepMounted={false}>
            <Tabs.List mb="md">
              {TABS.map(([value, label]) => (
                <Tabs.Tab key={value} value={value}>
                  {label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {TABS.map(([value, , Panel]) => (
              <Tabs.Panel key={value} value={value}>
                <Suspense fallback={<Skeleton height={160} aria-label={`Loading ${value}`} />}>
                  <Panel instance={data} />
                </Suspense>
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </QueryBoundary>
    </Stack>
  );
}
