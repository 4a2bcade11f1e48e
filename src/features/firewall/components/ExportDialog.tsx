import { Button, Group, Modal, Progress, Radio, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { DownloadProgress } from '@/api/download';
import { saveBlob } from '@/api/download';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { formatBytes } from '@/lib/format';
import { type ExportType, exportRules } from '../api/exportRules';
import { MutationError } from './MutationError';

/** GET /v2/firewall/rules/export as a text or JSON file, with download progress. */
export function ExportDialog({
  opened,
  onClose,
  groupNames,
}: {
  opened: boolean;
  onClose: () => void;
  groupNames: string[];
}) {
  const { client } = useConnectionClient();
  const [type, setType] = useState<ExportType>('plaintext');
  const [group, setGroup] = useState<string | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const run = useMutation({
    mutationFn: () => exportRules(client, { type, group: group ?? undefined }, setProgress),
    onSuccess: ({ blob, fileName }) => {
      saveBlob(blob, fileName);
      notifications.show({ color: 'teal', title: 'Export downloaded', message: fileName });
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
    <Modal opened={opened} onClose={close} title="Export firewall rules">
      <Stack>
        <MutationError error={run.error} title="The export failed" />
        <Radio.Group label="Format" value={type} onChange={(value) => setType(value as ExportType)}>
          <Group mt={6}>
            <Radio value="plaintext" label="Text (one rule per line)" />
            <Radio value="json" label="JSON" />
          </Group>
        </Radio.Group>
        <Select
          label="Only one group"
          placeholder="All rules"
          clearable
          data={groupNames}
          value={group}
          onChange={setGroup}
        />
        {run.isPending && progress ? (
          <Stack gap={4}>
            <Progress
              value={percent ?? 100}
              animated={percent === null}
              aria-label="Export progress"
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
          <Button loading={run.isPending} onClick={() => run.mutate()}>
            Download
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
