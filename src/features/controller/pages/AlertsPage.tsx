import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { AlertsPanel } from '../components/AlertsPanel';
import { MsPanel } from '../components/MsPanel';
import { WebhooksPanel } from '../components/WebhooksPanel';

const TABS = ['alerts', 'webhooks', 'ms'] as const;

export function AlertsPage() {
  const { connection } = useConnectionClient();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((name) => name === params.get('tab')) ?? 'alerts';
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Alerts"
        description={`What ${connection.name} tells you about, and where it sends it.`}
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="alerts">Alerts</Tabs.Tab>
          <Tabs.Tab value="webhooks">Webhooks</Tabs.Tab>
          <Tabs.Tab value="ms">VNS3:ms</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="alerts" pt="md">
          {tab === 'alerts' ? <AlertsPanel /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="webhooks" pt="md">
          {tab === 'webhooks' ? <WebhooksPanel /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="ms" pt="md">
          {tab === 'ms' ? <MsPanel /> : null}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
