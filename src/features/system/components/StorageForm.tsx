import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ApiError, describeError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { fieldOfServerMessage } from '../api/fieldRules';
import { systemKeys } from '../api/keys';
import { type StorageInfo, type StorageType, isStorageType } from '../api/storage';
import {
  STORAGE_FIELDS,
  type StorageField,
  type StorageFormValues,
  type StorageJson,
  postStorage,
  storageFormDefaults,
  storageFormSchema,
  toStorageJson,
} from '../api/storageSettings';
import { ApplyStatus } from './ApplyStatus';
import { STORAGE_FIELD_LABELS, STORAGE_TYPE_LABELS } from './storageLabels';
import type { ApplyPhase } from './useApplyTracker';

interface Tracker {
  phase: ApplyPhase;
  elapsed: number;
  pollError: unknown;
  track: (sent: StorageJson) => void;
  retry: () => void;
}

const DESCRIPTIONS: Record<StorageField, string> = {
  ip: 'IPv4 or IPv6',
  share: 'e.g. /nfs/storage; letters, digits and . - _ /',
  mount_options: 'e.g. noacl,sync; letters, digits and . - = ,',
  device: 'AoE shelf and slot, e.g. e0.1',
  target: 'e.g. iqn.2016-01.com.example:storage.lun1; letters, digits and . - _ :',
  username: '3–255 printable characters, no spaces',
  password: '3–255 printable characters, no spaces',
  export_name: 'Letters, digits and . - _ /',
  port: 'e.g. 1043; up to 5 characters',
};

/** The order fields are shown in (the appliance checks them in another). */
const SHOWN: Record<StorageType, readonly StorageField[]> = {
  local: [],
  nfs: ['ip', 'share', 'mount_options'],
  aoe: ['device'],
  iscsi: ['ip', 'target', 'username', 'password'],
  nbd: ['ip', 'port', 'export_name'],
};

export function StorageForm({
  info,
  offered,
  tracker,
}: {
  info: StorageInfo;
  offered: readonly StorageType[];
  tracker: Tracker;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => storageFormSchema(offered), [offered]);
  const form = useForm<StorageFormValues>({
    resolver: zodResolver(schema),
    defaultValues: storageFormDefaults(info, offered),
  });
  const type = useWatch({ control: form.control, name: 'type' });
  const { errors } = form.formState;

  const save = useMutation({
    mutationFn: ({ json }: { json: StorageJson; values: StorageFormValues }) =>
      postStorage(client, json),
    onSuccess: (_data, { json, values }) => {
      form.reset(values);
      tracker.track(json);
      void queryClient.invalidateQueries({ queryKey: systemKeys.storage(connection.id) });
    },
    onError: (error) => {
      const field = serverField(error);
      if (field) {
        form.setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
      }
    },
  });
  const shownError = save.error && !serverField(save.error) ? save.error : null;

  const { phase } = tracker;
  useEffect(() => {
    if (phase === 'applied') {
      notifications.show({
        color: 'teal',
        title: 'Storage settings saved',
        message: `${connection.name} uses them after its next reboot.`,
      });
    }
  }, [phase, connection.name]);

  const chosen = isStorageType(type) ? type : null;

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={form.handleSubmit((values) =>
          save.mutate({ json: toStorageJson(values), values }),
        )}
        noValidate
      >
        <Stack>
          <Title order={2} size="h4">
            Change storage
          </Title>
          <Alert color="blue" variant="light" title="Applied after a reboot">
            <Text size="sm">
              The appliance keeps using its current storage until it restarts. Save the new settings
              here, then reboot the appliance when it suits you.
            </Text>
          </Alert>
          {shownError ? (
            <Alert color="red" role="alert" title="The storage settings were not saved">
              {describeError(shownError)}
            </Alert>
          ) : null}
          <Controller
            control={form.control}
            name="type"
            render={({ field: { value, onChange } }) => (
              <Radio.Group
                label="Storage type"
                description="Only the types this appliance offers"
                value={value}
                onChange={onChange}
                error={errors.type?.message}
                required
              >
                <Stack gap={6} mt={6}>
                  {offered.map((option) => (
                    <Radio key={option} value={option} label={STORAGE_TYPE_LABELS[option]} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          {chosen && SHOWN[chosen].length > 0 ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {SHOWN[chosen].map((name) => {
                const props = {
                  label: STORAGE_FIELD_LABELS[name],
                  description: DESCRIPTIONS[name],
                  required: true,
                  autoComplete: name === 'password' ? 'new-password' : 'off',
                  spellCheck: false,
                  error: errors[name]?.message,
                  ...form.register(name),
                };
                return name === 'password' ? (
                  <PasswordInput key={name} {...props} />
                ) : (
                  <TextInput key={name} {...props} />
                );
              })}
            </SimpleGrid>
          ) : chosen === 'local' ? (
            <Text size="sm" c="dimmed">
              Local disk needs no further settings.
            </Text>
          ) : null}
          <ApplyStatus
            phase={tracker.phase}
            elapsed={tracker.elapsed}
            pollError={tracker.pollError}
            baseUrl={connection.baseUrl}
            applyingText="Saving… waiting for the appliance to report the new storage settings"
            appliedTitle="Storage settings saved"
            appliedText="The appliance reports them; it uses them after its next reboot."
            onRetry={tracker.retry}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save storage settings
            </Button>
            <Button
              variant="default"
              onClick={() => form.reset(storageFormDefaults(info, offered))}
              disabled={save.isPending}
            >
              Reset to current
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const SERVER_FIELDS = ['type', ...STORAGE_FIELDS] as const;

function serverField(error: Error) {
  return error instanceof ApiError && error.status === 400
    ? fieldOfServerMessage(error.message, SERVER_FIELDS)
    : undefined;
}
