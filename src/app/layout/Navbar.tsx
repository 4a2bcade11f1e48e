import { Suspense } from 'react';
import { Badge, Box, Divider, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { NavLink as RouterNavLink, useParams } from 'react-router';
import { useSession } from '@/auth/sessionStore';
import { GridIcon, PlugIcon, ServerIcon } from '@/components/icons';
import { KIND_INFO } from '@/connections/kinds';
import type { Connection } from '@/connections/schema';
import { useConnection } from '@/connections/store';
import { useCapabilities } from '../capabilities';
import { FEATURE_MODULES, navFor } from '../featureModules';
import { isNavItemVisible } from '../modules';
import { ConnectionSwitcher } from './ConnectionSwitcher';

export function Navbar() {
  const { connectionId } = useParams();
  const connection = useConnection(connectionId);
  return (
    <ScrollArea type="auto">
      <Stack gap={2}>
        <Box hiddenFrom="sm" pb="sm">
          <ConnectionSwitcher />
        </Box>
        <NavLink component={RouterNavLink} to="/" end label="Fleet" leftSection={<GridIcon />} />
        <NavLink
          component={RouterNavLink}
          to="/connections"
          label="Connections"
          leftSection={<PlugIcon />}
        />
        {connection ? <ConnectionNav connection={connection} /> : null}
      </Stack>
    </ScrollArea>
  );
}

function ConnectionNav({ connection }: { connection: Connection }) {
  const session = useSession(connection.id);
  const items = navFor(connection.kind);
  return (
    <>
      <Divider my="sm" />
      <Group gap="xs" px="sm" pb={4} wrap="nowrap">
        <ServerIcon />
        <Text fw={600} size="sm" truncate="end" title={connection.name}>
          {connection.name}
        </Text>
        <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
          {KIND_INFO[connection.kind].label}
        </Badge>
      </Group>
      {!session ? (
        <NavLink component={RouterNavLink} to={`/c/${connection.id}/signin`} label="Sign in" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" px="sm">
          Modules for {KIND_INFO[connection.kind].label} are not available yet.
        </Text>
      ) : (
        <SignedInNav connection={connection} />
      )}
    </>
  );
}

function SignedInNav({ connection }: { connection: Connection }) {
  const capabilities = useCapabilities(connection);
  const session = useSession(connection.id);
  const headers = FEATURE_MODULES.filter((module) => module.kind === connection.kind);
  return (
    <>
      {headers.map(({ navHeader: Header }, index) =>
        Header ? (
          <Suspense key={index} fallback={null}>
            <Header />
          </Suspense>
        ) : null,
      )}
      {navFor(connection.kind)
        .filter((item) => !item.requires || capabilities.has(item.requires))
        .filter((item) => isNavItemVisible(item, session))
        .map((item) => (
          <NavLink
            key={item.path}
            component={RouterNavLink}
            to={`/c/${connection.id}/${item.path}`}
            end
            label={item.label}
          />
        ))}
    </>
  );
}
