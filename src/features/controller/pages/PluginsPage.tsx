import { Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { pluginsQuery } from '../api/plugins';
import { PrerequisiteOrError } from '../components/LicenseGate';
import { PluginAllExports } from '../components/PluginAllExports';
import { InstalledPlugins, PluginCatalog } from '../components/PluginCatalog';
import { PluginInstances } from '../components/PluginInstances';

export function PluginsPage() {
  const { connection, client } = useConnectionClient();
  const plugins = useQuery(pluginsQuery(connection.id, client));
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Plugins"
        description={`Network edge plugins on ${connection.name}: catalog, installed plugins, instances.`}
      />
      {plugins.isPending ? <Skeleton height={160} aria-label="Loading plugins" /> : null}
      {plugins.isError ? (
        <PrerequisiteOrError
          error={plugins.error}
          what="the plugins"
          onRetry={() => void plugins.refetch()}
        />
      ) : null}
      {plugins.data ? (
        <>
          <PluginCatalog />
          <InstalledPlugins plugins={plugins.data} />
          <PluginInstances plugins={plugins.data} />
          <PluginAllExports />
        </>
      ) : null}
    </Stack>
  );
}
