import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { UploadProgress } from '@/api/upload';
import { formatBytes } from '@/lib/format';

export function UploadProgressBar({
  progress,
  onCancel,
  label = 'Uploading',
}: {
  progress: UploadProgress;
  onCancel: () => void;
  label?: string;
}) {
  const percent = progress.percent ?? 0;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm">
          {label}: {percent}%{' '}
          {progress.total
            ? `(${formatBytes(progress.loaded)} of ${formatBytes(progress.total)})`
            : ''}
        </Text>
        <Button size="xs" variant="default" onClick={onCancel}>
          Cancel upload
        </Button>
      </Group>
      <Progress value={percent} aria-label={`${label} progress`} animated striped />
    </Stack>
  );
}
