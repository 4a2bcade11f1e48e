import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { backupLogQuery } from '../api/backupLog';

export function BackupLogPanel({ status }: { status: string | null }) {
  const { connection, client } = useConnectionClient();
  const log = useQuery(backupLogQuery(connection.id, client, status));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        Backup log
      </Title>
      <QueryBoundary query={log} what="the backup log">
        {(text) =>
          text?.trim() ? (
            <ServerText text={text} label="Backup log" />
          ) : (
            <Text size="sm" c="dimmed">
              Nothing logged yet.
            </Text>
          )
        }
      </QueryBoundary>
    </Paper>
  );
}
