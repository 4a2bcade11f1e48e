import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { type ConfigLevel, configKeyName } from '../api/configPath';
import { type ConfigForm, configFormSchema, toConfigBody, toConfigForm } from '../api/configRules';
import { gatewayKeys } from '../api/keys';
import { saveConfig } from '../api/saveConfig';
import type { ConfigFileSet } from '../api/schemas';
import { MutationError } from './MutationError';

export function ConfigEditor({
  target,
  current,
  onDone,
}: {
  target: ConfigLevel;
  current: ConfigFileSet | null;
  onDone: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const form = useForm<ConfigForm>({
    resolver: zodResolver(configFormSchema(target.level)),
    defaultValues: toConfigForm(current),
  });
  const files = useFieldArray({ control: form.control, name: 'files' });
  const save = useMutation({
    mutationFn: (values: ConfigForm) => saveConfig(client, target, toConfigBody(values)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: gatewayKeys.config(connection.id, target.level, configKeyName(target)),
      });
      if (target.level === 'group') {
        await queryClient.invalidateQueries({ queryKey: gatewayKeys.groups(connection.id) });
      }
      notifications.show({
        color: 'teal',
        title: 'Config saved',
        message: 'A new config version is saved.',
      });
      onDone();
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError error={save.error} title="The config was not saved" />
        {files.fields.map((field, index) => (
          <Paper key={field.id} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Group align="flex-start">
                <TextInput
                  label={`File ${index + 1} name`}
                  error={errors.files?.[index]?.name?.message}
                  {...form.register(`files.${index}.name`)}
                  style={{ flex: 1 }}
                />
                <Button
                  mt={24}
                  variant="subtle"
                  color="red"
                  onClick={() => files.remove(index)}
                  aria-label={`Remove file ${index + 1}`}
                >
                  Remove
                </Button>
              </Group>
              <Textarea
                label={`File ${index + 1} content`}
                autosize
                minRows={2}
                ff="monospace"
                {...form.register(`files.${index}.value`)}
              />
              <TextInput
                label={`File ${index + 1} command on change`}
                description="Run on the device when the file changes, e.g. /usr/share/fioconfig/handlers/factory-config-tool."
                {...form.register(`files.${index}.onChanged`)}
              />
              <Checkbox
                label={`Store file ${index + 1} unencrypted`}
                {...form.register(`files.${index}.unencrypted`)}
              />
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => files.append({ name: '', value: '', unencrypted: false, onChanged: '' })}
          >
            Add file
          </Button>
        </Group>
        <TextInput
          label="Reason"
          description="Up to 200 characters: letters, digits, spaces and _ , . - : ; ' &quot;"
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save config
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
