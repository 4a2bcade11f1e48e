import '@mantine/dropzone/styles.css';
import { Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useId, useState } from 'react';
import { formatBytes } from '@/lib/format';

/**
 * A drop area that is also a keyboard-reachable file picker. Rejections (type, size) are
 * explained under it; the chosen file is reported to the parent, which decides what to send.
 */
export function FileDrop({
  label,
  description,
  accept,
  maxSize,
  file,
  onFile,
  error,
  disabled,
}: {
  label: string;
  description?: string;
  /** File name extensions such as `.enc`, checked here because browsers report no MIME type. */
  accept?: string[];
  maxSize?: number;
  file: File | null;
  onFile: (file: File | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const id = useId();
  const [rejection, setRejection] = useState<string | null>(null);
  const shownError = error ?? rejection;

  function choose(files: File[]) {
    const chosen = files[0];
    if (!chosen) return;
    if (accept && !accept.some((ext) => chosen.name.toLowerCase().endsWith(ext))) {
      setRejection(`${chosen.name} is not a ${accept.join(' or ')} file`);
      onFile(null);
      return;
    }
    setRejection(null);
    onFile(chosen);
  }

  function reject(rejections: FileRejection[]) {
    const first = rejections[0];
    setRejection(
      first?.errors[0]?.code === 'file-too-large' && maxSize
        ? `${first.file.name} is larger than ${formatBytes(maxSize)}`
        : (first?.errors[0]?.message ?? 'This file cannot be used'),
    );
    onFile(null);
  }

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`${id}-label`}>
        {label}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
      <Dropzone
        onDrop={choose}
        onReject={reject}
        multiple={false}
        {...(maxSize ? { maxSize } : {})}
        disabled={disabled ?? false}
        aria-labelledby={`${id}-label`}
        aria-describedby={shownError ? `${id}-error` : undefined}
        aria-invalid={shownError ? true : undefined}
      >
        <Group justify="center" mih={72} style={{ pointerEvents: 'none' }}>
          {file ? (
            <Stack gap={0} align="center">
              <Text fw={600}>{file.name}</Text>
              <Text size="sm" c="dimmed">
                {formatBytes(file.size)} · drop or click to choose another
              </Text>
            </Stack>
          ) : (
            <Text c="dimmed" size="sm">
              Drop the file here, or click to choose it
              {accept ? ` (${accept.join(', ')})` : ''}
            </Text>
          )}
        </Group>
      </Dropzone>
      {shownError ? (
        <Text size="xs" c="var(--mantine-color-error)" id={`${id}-error`} role="alert">
          {shownError}
        </Text>
      ) : null}
    </Stack>
  );
}
