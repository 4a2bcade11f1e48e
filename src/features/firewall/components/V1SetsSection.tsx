import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { firewallKeys } from '../api/keys';
import {
  V1_PREFIXES,
  type V1SetKind,
  createV1Set,
  deleteV1Set,
  v1SetLinesMessage,
  v1SetNameMessage,
} from '../api/v1Sets';
import { MutationError } from './MutationError';
import { V1SetList } from './V1SetList';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

const setFormSchema = z
  .object({
    kind: z.enum(['subgroup', 'fwset']),
    name: z.string().check(z.trim()),
    rules: z.string(),
  })
  .check(
    z.superRefine((values, context) => {
      const nameMessage = v1SetNameMessage(values.kind, values.name);
      if (nameMessage) {
        context.addIssue({
          code: 'custom',
          path: ['name'],
          message: nameMessage,
          input: values.name,
        });
        return;
      }
      const linesMessage = v1SetLinesMessage(values.kind, values.name, values.rules);
      if (linesMessage) {
        context.addIssue({
          code: 'custom',
          path: ['rules'],
          message: linesMessage,
          input: values.rules,
        });
      }
    }),
  );
type SetFormValues = z.infer<typeof setFormSchema>;

/** v1 subgroups (custom chains) and fwsets (ipsets): lines that begin with the set's name. */
export function V1SetsSection() {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<{ kind: V1SetKind; name: string } | null>(null);
  const form = useForm<SetFormValues>({
    resolver: zodResolver(setFormSchema),
    defaultValues: { kind: 'subgroup', name: '', rules: '' },
  });
  const create = useMutation({
    mutationFn: (values: SetFormValues) =>
      createV1Set(client, values.kind, { name: values.name, rules: values.rules.trim() }),
    onSuccess: async (_data, values) => {
      form.reset({ kind: values.kind, name: '', rules: '' });
      await queryClient.invalidateQueries({
        queryKey: firewallKeys.v1Sets(connection.id, values.kind),
      });
      notifications.show({ color: 'teal', title: 'Saved', message: values.name });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.setError(/^name/.test(error.message) ? 'name' : 'rules', { message: error.message });
      }
    },
  });
  const remove = useMutation({
    mutationFn: (target: { kind: V1SetKind; name: string }) =>
      deleteV1Set(client, target.kind, target.name),
    onSuccess: async (_data, target) => {
      setDeleting(null);
      await queryClient.invalidateQueries({
        queryKey: firewallKeys.v1Sets(connection.id, target.kind),
      });
      notifications.show({ color: 'teal', title: 'Deleted', message: target.name });
    },
    onError: () => setDeleting(null),
  });
  const { errors } = form.formState;

  return (
    <Stack>
      <Title order={2} size="h4">
        Subgroups and fwsets
      </Title>
      <MutationError error={remove.error} title="Nothing was deleted" />
      <V1SetList kind="subgroup" onDelete={(name) => setDeleting({ kind: 'subgroup', name })} />
      <V1SetList kind="fwset" onDelete={(name) => setDeleting({ kind: 'fwset', name })} />
      <Paper withBorder p="md" radius="md" maw={760}>
        <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
          <Stack>
            <Title order={3} size="h5">
              Add lines to a subgroup or fwset
            </Title>
            <MutationError error={create.error} title="Nothing was saved" />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="v1-set-kind">
                    Kind
                  </Text>
                  <SegmentedControl
                    aria-labelledby="v1-set-kind"
                    value={field.value}
                    onChange={(value) => field.onChange(value as V1SetKind)}
                    data={[
                      { value: 'subgroup', label: 'Subgroup' },
                      { value: 'fwset', label: 'Fwset' },
                    ]}
                  />
                </Stack>
              )}
            />
            <TextInput
              label="Name"
              description={`Starts with ${[...V1_PREFIXES.subgroup, ...V1_PREFIXES.fwset].join(', ')} (by kind).`}
              styles={MONO_INPUT}
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Textarea
              label="Lines"
              description="One per line, each beginning with the name, e.g. FWD_C_LAB -s 10.1.0.0/16 -j ACCEPT or NETS_LAB 10.1.0.0/16."
              autosize
              minRows={3}
              styles={MONO_INPUT}
              spellCheck={false}
              error={errors.rules?.message}
              {...form.register('rules')}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Save lines
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? ''}?`}
        confirmLabel="Delete"
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        Every line of {deleting?.name} is removed; v1 rules that jump to it or match it stop
        working.
      </ConfirmDialog>
    </Stack>
  );
}
