import { Button, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type DownloadProgress, saveBlob } from '@/api/download';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { formatBytes } from '@/lib/format';
import { PACK_FORMATS, type PackFormat, downloadClientpack } from '../api/mutations';
import { MutationError } from './MutationError';

/** Downloads one pack as ovpn, conf, zip or tarball, with progress. */
export function DownloadDialog({ name, onClose }: { name: string | null; onClose: () => void }) {
  const { client } = useConnectionClient();
  const [format, setFormat] = useState<PackFormat>('ovpn');
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const run = useMutation({
    mutationFn: (pack: string) => downloadClientpack(client, pack, format, setProgress),
    onSuccess: ({ blob, fileName }) => {
      saveBlob(blob, fileName);
      notifications.show({ color: 'teal', title: 'Clientpack downloaded', message: fileName });
      close();
    },
  });

  function close() {
    setProgress(null);
    run.reset();
    onClose();
  }

  const percent = progress?.total ? Math.round((progress.loaded / progress.total) * 100) : null;

  return (
    <Modal opened={name !== null} onClose={close} title={`Download ${name ?? ''}`}>
      <Stack>
        <MutationError error={run.error} title="The download failed" />
        <Radio.Group
          label="Format"
          value={format}
          onChange={(value) => setFormat(value as PackFormat)}
        >
          <Stack gap={6} mt={6}>
            {PACK_FORMATS.map((item) => (
              <Radio key={item.value} value={item.value} label={item.label} />
            ))}
          </Stack>
        </Radio.Group>
        {run.isPending && progress ? (
          <Stack gap={4}>
            <Progress
              value={percent ?? 100}
              animated={percent === null}
              aria-label="Download progress"
            />
            <Text size="xs" c="dimmed">
              {formatBytes(progress.loaded)}
              {progress.total ? ` of ${formatBytes(progress.total)}` : ''}
            </Text>
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button loading={run.isPending} onClick={() => name && run.mutate(name)}>
            Download
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
