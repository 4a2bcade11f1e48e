import { Anchor, AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import '../styles/console';
import '@mantine/notifications/styles.css';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Breadcrumbs } from './Breadcrumbs';
import { ColorSchemeToggle } from '@/components/ColorSchemeToggle';
import { ConnectionSwitcher } from './ConnectionSwitcher';
import { AuditNavLink } from '../audit/AuditNavLink';
import { PaletteLauncher } from '../palette/PaletteLauncher';
import { Navbar } from './Navbar';
import { UserMenu } from './UserMenu';

/** The console shell: header, navigation per connection kind, breadcrumbs, the page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  useEffect(() => close(), [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="sb-skip-link" href="#main-content">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Anchor
              component={Link}
              to="/"
              underline="never"
              c="inherit"
              aria-label="Switchboard home"
            >
              <Text fw={700} size="lg">
                Switchboard
              </Text>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Box visibleFrom="sm">
              <ConnectionSwitcher />
            </Box>
            <PaletteLauncher />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <Navbar />
        <AppShell.Section mt="auto" pt="sm">
          <AuditNavLink />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Notifications position="top-right" limit={4} />
        <Breadcrumbs />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
