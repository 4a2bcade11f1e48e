import { Code, Group, Progress, Stack, Text } from '@mantine/core';
import { formatBytes } from '@/lib/format';
import type { FileHash } from './useFileSha256';

/** Size and SHA-256 of a chosen package, to compare with what its vendor published. */
export function PackageFacts({ file, hash }: { file: File; hash: FileHash }) {
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" fw={500} w={80} style={{ flexShrink: 0 }}>
          Size
        </Text>
        <Text size="sm">
          {formatBytes(file.size)} ({file.size.toLocaleString('en-US')} bytes)
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={500} w={80} style={{ flexShrink: 0 }}>
          SHA-256
        </Text>
        {hash.status === 'hashing' ? (
          <Stack gap={4} style={{ flex: 1 }}>
            <Text size="sm" c="dimmed">
              Computing… {Math.round(hash.fraction * 100)}%
            </Text>
            <Progress value={hash.fraction * 100} aria-label="SHA-256 progress" size="sm" />
          </Stack>
        ) : hash.status === 'done' ? (
          <Code
            aria-label="SHA-256 of the package"
            style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}
          >
            {hash.hex}
          </Code>
        ) : hash.status === 'failed' ? (
          <Text size="sm" c="var(--mantine-color-error)">
            Could not read the file: {hash.message}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
