import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { Link } from 'react-router';
import { cardFocusProps } from '../fleet/useRovingCards';
import { KIND_INFO } from '../kinds';
import type { Connection } from '../schema';
import { probeQuery } from '../useProbe';
import { ProbeBadge } from './ProbeBadge';

/**
 * Reads its connection's probe (the fleet page runs them), so one answer re-renders one card.
 * `enabled: false` keeps a card from starting or repeating a probe of its own.
 */
export const ConnectionCard = memo(function ConnectionCard({
  connection,
  signedInAt,
  index,
  tabbable,
}: {
  connection: Connection;
  signedInAt: string | undefined;
  /** Position in the fleet grid, and whether the card is its one Tab stop (roving focus). */
  index: number;
  tabbable: boolean;
}) {
  const probe = useQuery({ ...probeQuery(connection, signedInAt), enabled: false });
  const signedIn = signedInAt !== undefined;
  const result = probe.data;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={connection.name}
      className="mantine-focus-auto"
      {...cardFocusProps(index, tabbable)}
    >
      <Stack gap="xs" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Anchor component={Link} to={`/c/${connection.id}`} fw={600} lineClamp={2}>
              {connection.name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate="end" title={connection.baseUrl}>
              {connection.baseUrl}
            </Text>
          </Stack>
          <Badge variant="outline" tt="none" style={{ flexShrink: 0 }}>
            {KIND_INFO[connection.kind].label}
          </Badge>
        </Group>
        <Group gap="xs">
          <ProbeBadge result={result} pending={probe.isPending} />
          {result?.version ? (
            <Text size="sm" data-testid="connection-version">
              v{result.version}
            </Text>
          ) : null}
          {result?.latencyMs !== undefined && result.state !== 'unreachable' ? (
            <Text size="xs" c="dimmed">
              {result.latencyMs} ms
            </Text>
          ) : null}
        </Group>
        {result?.figure ? <Text size="sm">{result.figure}</Text> : null}
        {result?.message && result.state !== 'online' ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {result.message}
          </Text>
        ) : null}
        <Group mt="auto" gap="xs">
          <Button size="xs" component={Link} to={`/c/${connection.id}`} variant="light">
            {signedIn ? 'Open' : result?.state === 'needs-setup' ? 'Set up' : 'Sign in'}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => void probe.refetch()}
            loading={probe.isFetching}
          >
            Check again
          </Button>
        </Group>
      </Stack>
    </Card>
  );
});
