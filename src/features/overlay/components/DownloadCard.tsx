import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '@/api/download';
import { describeError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { formatBytes } from '@/lib/format';
import { forbiddenMessage } from '../api/drfErrors';
import { DOWNLOADS, type DownloadKind, downloadHubFile } from '../api/downloads';

/** Fetches one hub file with the Token header and saves it under the hub's file name. */
export function DownloadCard({
  kind,
  title,
  children,
}: {
  kind: DownloadKind;
  title: string;
  children: React.ReactNode;
}) {
  const { client } = useConnectionClient();
  const fileName = DOWNLOADS[kind].fallbackName;
  const fetchFile = useMutation({
    mutationFn: () => downloadHubFile(client, kind),
    onSuccess: ({ blob, fileName: saved }) => {
      saveBlob(blob, saved);
      notifications.show({
        color: 'teal',
        title: 'Downloaded',
        message: `${saved} (${formatBytes(blob.size)})`,
      });
    },
  });
  const error = fetchFile.error;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {children}
        </Text>
        <Button onClick={() => fetchFile.mutate()} loading={fetchFile.isPending}>
          Download {fileName}
        </Button>
        {error ? (
          <Alert
            color={forbiddenMessage(error, '') ? 'orange' : 'red'}
            variant="light"
            role="alert"
            title={`${fileName} was not downloaded`}
            w="100%"
          >
            {forbiddenMessage(error, `download ${fileName}`) ?? describeError(error)}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
