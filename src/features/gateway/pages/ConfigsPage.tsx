import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { UploadProgress } from '@/api/upload';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FileDrop } from '@/components/FileDrop';
import { PageHeader } from '@/components/PageHeader';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { gatewayKeys } from '../api/keys';
import { knownGroupsQuery } from '../api/knownGroups';
import { uploadConfigs } from '../api/uploadConfigs';
import { ConfigPanel } from '../components/ConfigPanel';
import { GatewayQuery } from '../components/GatewayQuery';
import { MutationError } from '../components/MutationError';
import { useGatewayPaths } from '../components/usePaths';

const GROUP_NAME = /^[a-zA-Z0-9_.-]+$/;

function UploadConfigsCard() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const send = useMutation({
    mutationFn: (chosen: File) => {
      controller.current = new AbortController();
      return uploadConfigs(client, chosen, setProgress, controller.current.signal);
    },
    onSuccess: async (message) => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: gatewayKeys.configs(connection.id) });
      notifications.show({ color: 'teal', title: 'Configs uploaded', message });
    },
    onSettled: () => setProgress(null),
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Upload configs archive
        </Title>
        <Text size="sm" c="dimmed">
          A tar archive (gzip allowed) of factory, group and device configs, as the server&apos;s
          configs directory holds them. Needs devices:read-update and updates:read-update.
        </Text>
        <MutationError error={send.error} title="The configs were not uploaded" />
        <FileDrop
          label="Configs archive"
          accept={['.tar', '.tar.gz', '.tgz']}
          file={file}
          onFile={setFile}
          disabled={send.isPending}
        />
        {progress ? (
          <UploadProgressBar progress={progress} onCancel={() => controller.current?.abort()} />
        ) : null}
        <Group>
          <Button
            disabled={!file}
            loading={send.isPending}
            onClick={() => file && send.mutate(file)}
          >
            Upload configs
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function GroupsCard() {
  const { connection, client } = useConnectionClient();
  const paths = useGatewayPaths();
  const navigate = useNavigate();
  const groups = useQuery(knownGroupsQuery(connection.id, client));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Group configs
        </Title>
        <GatewayQuery query={groups} what="the device groups">
          {(list) =>
            list.length === 0 ? (
              <Text size="sm">
                No device groups yet: set a device&apos;s &quot;group&quot; label.
              </Text>
            ) : (
              <List aria-label="Device groups">
                {list.map((group) => (
                  <List.Item key={group}>
                    <Anchor component={Link} to={paths.group(group)}>
                      {group}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )
          }
        </GatewayQuery>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!GROUP_NAME.test(name)) {
              setError('Use letters, digits, _ . or -');
              return;
            }
            void navigate(paths.group(name));
          }}
        >
          <Group align="flex-start">
            <TextInput
              label="Open a group by name"
              value={name}
              error={error}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setError(null);
              }}
            />
            <Button type="submit" variant="light" mt={24}>
              Open group
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}

export function ConfigsPage() {
  return (
    <Stack>
      <PageHeader
        title="Configs"
        description="Files delivered to devices by fioconfig: factory-wide, per device group and per device; the most specific level wins."
      />
      <Alert color="blue" variant="light">
        <Text size="sm">
          Saving a config creates a new version (the server keeps ten). Files are encrypted for each
          device unless marked unencrypted. The factory level cannot hold z-50-fioctl.toml.
        </Text>
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <ConfigPanel target={{ level: 'factory' }} title="Factory config" />
      </Paper>
      <GroupsCard />
      <UploadConfigsCard />
    </Stack>
  );
}
