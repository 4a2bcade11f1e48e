import { zodResolver } from '@hookform/resolvers/zod';
import {
  Accordion,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import type { UploadProgress } from '@/api/upload';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { FileDrop } from '@/components/FileDrop';
import { UploadProgressBar } from '@/components/UploadProgressBar';
import { gatewayKeys } from '../api/keys';
import { type UploadUpdateValues, uploadUpdateSchema } from '../api/updateRules';
import { uploadUpdate } from '../api/uploadUpdate';
import { MutationError } from './MutationError';

const EMPTY: UploadUpdateValues = {
  tag: '',
  name: '',
  version: '',
  targetName: '',
  hardwareId: '',
  ostreeHash: '',
  apps: '',
};

export function UploadUpdateCard() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const form = useForm<UploadUpdateValues>({
    resolver: zodResolver(uploadUpdateSchema),
    defaultValues: EMPTY,
  });
  const send = useMutation({
    mutationFn: ({ values, chosen }: { values: UploadUpdateValues; chosen: File }) => {
      controller.current = new AbortController();
      return uploadUpdate(client, values, chosen, setProgress, controller.current.signal);
    },
    onSuccess: async (_data, { values }) => {
      form.reset(EMPTY);
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: gatewayKeys.updates(connection.id) });
      notifications.show({
        color: 'teal',
        title: 'Update uploaded',
        message: `${values.tag}/${values.name} is ready for rollouts.`,
      });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        form.setError('name', { message: error.message }, { shouldFocus: true });
      }
    },
    onSettled: () => setProgress(null),
  });
  const { errors } = form.formState;

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={(event) => {
          if (!file) setFileError('Choose the update archive');
          void form.handleSubmit((values) => {
            if (file) send.mutate({ values, chosen: file });
          })(event);
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            Upload update
          </Title>
          <Text size="sm" c="dimmed">
            A tar (or tar.gz) of an offline-update directory with tuf/, ostree_repo/ and apps/.
          </Text>
          <MutationError error={send.error} title="The update was not uploaded" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Tag" required error={errors.tag?.message} {...form.register('tag')} />
            <TextInput
              label="Update name"
              required
              error={errors.name?.message}
              {...form.register('name')}
            />
          </SimpleGrid>
          <Accordion variant="contained">
            <Accordion.Item value="advanced">
              <Accordion.Control>Advanced options (target overrides)</Accordion.Control>
              <Accordion.Panel>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label="Version"
                    error={errors.version?.message}
                    {...form.register('version')}
                  />
                  <TextInput label="Target name" {...form.register('targetName')} />
                  <TextInput label="Hardware ID" {...form.register('hardwareId')} />
                  <TextInput
                    label="OSTree hash"
                    error={errors.ostreeHash?.message}
                    {...form.register('ostreeHash')}
                  />
                  <TextInput
                    label="Apps"
                    description="name=sha256, separated by commas"
                    error={errors.apps?.message}
                    {...form.register('apps')}
                  />
                </SimpleGrid>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <FileDrop
            label="Update archive"
            accept={['.tar', '.tar.gz', '.tgz']}
            file={file}
            onFile={(chosen) => {
              setFile(chosen);
              setFileError(undefined);
            }}
            error={fileError}
            disabled={send.isPending}
          />
          {progress ? (
            <UploadProgressBar progress={progress} onCancel={() => controller.current?.abort()} />
          ) : null}
          <Group>
            <Button type="submit" loading={send.isPending}>
              Upload update
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
