import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { AccessUrlsPanel } from '../components/AccessUrlsPanel';
import { PasswordsPanel } from '../components/PasswordsPanel';
import { TokensPanel } from '../components/TokensPanel';

const TABS = ['tokens', 'urls', 'passwords'] as const;

export function AccessPage() {
  const { connection } = useConnectionClient();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((name) => name === params.get('tab')) ?? 'tokens';
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Access"
        description={`Who and what may use ${connection.name}: API tokens, access URLs, passwords.`}
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="tokens">API tokens</Tabs.Tab>
          <Tabs.Tab value="urls">Access URLs</Tabs.Tab>
          <Tabs.Tab value="passwords">Passwords</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tokens" pt="md">
          {tab === 'tokens' ? <TokensPanel /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="urls" pt="md">
          {tab === 'urls' ? <AccessUrlsPanel /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="passwords" pt="md">
          {tab === 'passwords' ? <PasswordsPanel /> : null}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
