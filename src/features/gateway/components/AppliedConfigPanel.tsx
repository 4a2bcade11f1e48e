import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { appliedConfigQuery } from '../api/appliedConfig';
import { ConfigFilesTable } from './ConfigFilesTable';
import { GatewayQuery } from './GatewayQuery';
import { formatUnix } from './time';

const LEVELS = ['Factory', 'Group', 'Device'];

export function AppliedConfigPanel({ uuid }: { uuid: string }) {
  const { connection, client } = useConnectionClient();
  const applied = useQuery(appliedConfigQuery(connection.id, client, uuid));
  return (
    <Stack>
      <Title order={2} size="h4">
        Applied config
      </Title>
      <GatewayQuery query={applied} what="the applied config">
        {(config) =>
          config ? (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                Delivered to the device {formatUnix(config.AppliedAt)}.
              </Text>
              {(config.AuditTrail ?? []).map((entry, index) => (
                <Text key={LEVELS[index] ?? index} size="sm">
                  {LEVELS[index] ?? `Level ${index + 1}`}:{' '}
                  {entry.CreatedAt
                    ? `saved ${formatUnix(entry.CreatedAt)} by ${entry.CreatedBy ?? 'unknown'}${entry.Reason ? ` (${entry.Reason})` : ''}`
                    : 'none'}
                </Text>
              ))}
              <ConfigFilesTable files={config.Files ?? {}} label="Applied config files" />
            </Stack>
          ) : (
            <Text size="sm">No config has been delivered to this device yet.</Text>
          )
        }
      </GatewayQuery>
    </Stack>
  );
}
