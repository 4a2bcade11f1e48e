import { Anchor, Box, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { ColorSchemeToggle } from '@/components/ColorSchemeToggle';

/** The frame of sign-in and setup pages: brand, colour scheme, the form. */
export function AuthLayout() {
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Group justify="space-between" px="md" py="sm" component="header">
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Switchboard home">
          <Text fw={700} size="lg">
            Switchboard
          </Text>
        </Anchor>
        <ColorSchemeToggle />
      </Group>
      <Box component="main" px="md">
        <Outlet />
      </Box>
    </Box>
  );
}
