import { Group, Text } from '@mantine/core';
import type { FleetCounts } from '../fleet/summary';

const LABELS: [keyof FleetCounts, string][] = [
  ['online', 'online'],
  ['needs-sign-in', 'reachable, need a sign-in'],
  ['needs-licence', 'reachable, need a licence'],
  ['needs-setup', 'need first-run setup'],
  ['unreachable', 'unreachable'],
  ['error', 'with errors'],
  ['not-available', 'not available yet'],
  ['checking', 'being checked'],
];

export function FleetSummary({ total, counts }: { total: number; counts: FleetCounts }) {
  const parts = LABELS.filter(([state]) => counts[state] > 0).map(
    ([state, label]) => `${counts[state]} ${label}`,
  );
  return (
    <Group gap="xs" role="status" aria-label="Fleet summary">
      <Text size="sm" fw={600}>
        {total} connection{total === 1 ? '' : 's'}:
      </Text>
      <Text size="sm">{parts.join(' · ')}</Text>
    </Group>
  );
}
