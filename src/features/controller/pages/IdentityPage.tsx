import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type IdentityScope, identityQuery } from '../api/identity';
import { IdentityForm } from '../components/IdentityForm';

const SCOPES: { scope: IdentityScope; tab: string; title: string; text: string }[] = [
  {
    scope: 'vpn',
    tab: 'VPN users',
    title: 'VPN user sign-in',
    text: 'Where overlay clients are authenticated when they connect.',
  },
  {
    scope: 'controller',
    tab: 'Controller',
    title: 'Controller sign-in',
    text: 'Where administrators of the controller web UI are authenticated.',
  },
];

function IdentityPanel({ scope }: { scope: IdentityScope }) {
  const { connection, client } = useConnectionClient();
  const query = useQuery(identityQuery(connection.id, client, scope));
  const info = SCOPES.find((entry) => entry.scope === scope);
  return (
    <Stack>
      <Title order={2} size="h4">
        {info?.title}
      </Title>
      <Text size="sm" c="dimmed">
        {info?.text}
      </Text>
      <QueryBoundary query={query} what="the identity settings">
        {(settings) => <IdentityForm scope={scope} settings={settings} />}
      </QueryBoundary>
    </Stack>
  );
}

export function IdentityPage() {
  const { connection } = useConnectionClient();
  const [params, setParams] = useSearchParams();
  const scope: IdentityScope = params.get('scope') === 'controller' ? 'controller' : 'vpn';
  return (
    <Stack maw={1000}>
      <PageHeader
        title="Identity"
        description={`LDAP, OpenID Connect or RADIUS sign-in for ${connection.name}.`}
      />
      <Tabs
        value={scope}
        onChange={(value) => setParams(value ? { scope: value } : {}, { replace: true })}
      >
        <Tabs.List>
          {SCOPES.map((entry) => (
            <Tabs.Tab key={entry.scope} value={entry.scope}>
              {entry.tab}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SCOPES.map((entry) => (
          <Tabs.Panel key={entry.scope} value={entry.scope} pt="md">
            {scope === entry.scope ? <IdentityPanel scope={entry.scope} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
