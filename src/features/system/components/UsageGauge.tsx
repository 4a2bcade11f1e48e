import { Group, RingProgress, Stack, Text } from '@mantine/core';

export function UsageGauge({
  label,
  percent,
  detail,
  alarm,
}: {
  label: string;
  percent: number;
  detail: string;
  alarm: boolean;
}) {
  const clamped = Math.max(0, Math.min(100, percent));
  const color = alarm ? 'red' : clamped >= 75 ? 'yellow' : 'teal';
  return (
    <Group gap="sm" wrap="nowrap" role="group" aria-label={`${label} usage`}>
      <RingProgress
        size={92}
        thickness={9}
        roundCaps
        sections={[{ value: clamped, color }]}
        label={
          <Text ta="center" fw={700} size="sm">
            {Math.round(percent)}%
          </Text>
        }
        aria-hidden
      />
      <Stack gap={0}>
        <Text fw={600}>{label}</Text>
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
        {alarm ? (
          <Text size="sm" c="red" fw={600}>
            Needs attention
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
