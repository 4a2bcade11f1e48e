import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { configHistoryQuery } from '../api/configHistory';
import type { ConfigLevel } from '../api/configPath';
import { configQuery } from '../api/getConfig';
import { ConfigEditor } from './ConfigEditor';
import { ConfigFilesTable } from './ConfigFilesTable';
import { GatewayQuery } from './GatewayQuery';
import { formatUnix } from './time';

function ConfigHistory({ target }: { target: ConfigLevel }) {
  const { connection, client } = useConnectionClient();
  const [limit, setLimit] = useState('10');
  const history = useQuery(configHistoryQuery(connection.id, client, target, Number(limit)));
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h5">
          History
        </Title>
        <Select
          label="Versions shown"
          data={['1', '3', '5', '10']}
          value={limit}
          allowDeselect={false}
          onChange={(value) => value && setLimit(value)}
          w={140}
        />
      </Group>
      <GatewayQuery query={history} what="the config history">
        {(items) =>
          items.length === 0 ? (
            <Text size="sm">No earlier versions.</Text>
          ) : (
            <Stack>
              {items.map((item, index) => (
                <Stack key={`${item.CreatedAt ?? index}-${index}`} gap={4}>
                  <Text size="sm" fw={600}>
                    {formatUnix(item.CreatedAt)} by {item.CreatedBy ?? 'unknown'}
                    {item.Reason ? `: ${item.Reason}` : ''}
                  </Text>
                  <ConfigFilesTable
                    files={item.Files ?? {}}
                    label={`Files of version ${index + 1}`}
                  />
                </Stack>
              ))}
            </Stack>
          )
        }
      </GatewayQuery>
    </Stack>
  );
}

/** The latest config of one level, an editor that saves a new version, and the history. */
export function ConfigPanel({ target, title }: { target: ConfigLevel; title: string }) {
  const { connection, client } = useConnectionClient();
  const latest = useQuery(configQuery(connection.id, client, target));
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  // PUT accepts any valid group name, so a group no device has yet can still get a config.
  const unknownGroup =
    target.level === 'group' && latest.error instanceof ApiError && latest.error.status === 404;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {showHistory ? 'Hide history' : 'Show history'}
          </Button>
          {!editing && (latest.isSuccess || unknownGroup) ? (
            <Button size="xs" onClick={() => setEditing(true)}>
              Edit config
            </Button>
          ) : null}
        </Group>
      </Group>
      {unknownGroup ? (
        editing ? (
          <ConfigEditor target={target} current={null} onDone={() => setEditing(false)} />
        ) : (
          <Text size="sm">
            The gateway does not know this group yet: no device has it as its group label and it has
            no config. Saving a config creates it.
          </Text>
        )
      ) : (
        <GatewayQuery query={latest} what={title.toLowerCase()}>
          {(config) =>
            editing ? (
              <ConfigEditor target={target} current={config} onDone={() => setEditing(false)} />
            ) : config ? (
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  Saved {formatUnix(config.CreatedAt)} by {config.CreatedBy ?? 'unknown'}
                  {config.Reason ? `: ${config.Reason}` : ''}
                </Text>
                <ConfigFilesTable files={config.Files ?? {}} label={`${title} files`} />
              </Stack>
            ) : (
              <Text size="sm">No config saved at this level yet.</Text>
            )
          }
        </GatewayQuery>
      )}
      {showHistory && !unknownGroup ? <ConfigHistory target={target} /> : null}
    </Stack>
  );
}
