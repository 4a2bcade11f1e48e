import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  action,
  pageTitle = false,
}: {
  title: string;
  /** When the empty state is the whole page, its title is the page's h1. */
  pageTitle?: boolean;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" ta="center">
        <Title order={pageTitle ? 1 : 2} size="h4">
          {title}
        </Title>
        {children ? (
          <Text c="dimmed" size="sm" maw={480}>
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
