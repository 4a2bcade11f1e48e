import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ServerText } from '@/components/ServerText';
import { type ImportFormValues, importFormSchema } from '../api/importForm';
import {
  type RuleDiff,
  checkImport,
  diffRules,
  importRules,
  replaceV2Rules,
} from '../api/importRules';
import { firewallKeys } from '../api/keys';
import { positionValue } from '../api/ruleSyntax';
import type { V2Rule } from '../api/v2Rules';
import { MutationError } from './MutationError';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

const EMPTY: ImportFormValues = {
  text: '',
  mode: 'add',
  position: '',
  disabled: false,
  groups: [],
};
const SHOWN = 200;

interface Preview {
  values: ImportFormValues;
  diff: RuleDiff;
}

function DiffList({ title, rules }: { title: string; rules: string[] }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}: {rules.length}
      </Title>
      {rules.length > 0 ? (
        <ServerText
          label={title}
          maxHeight={140}
          text={
            rules.slice(0, SHOWN).join('\n') +
            (rules.length > SHOWN ? `\n… and ${rules.length - SHOWN} more` : '')
          }
        />
      ) : null}
    </Stack>
  );
}

/** Import: parse locally, show what changes, then PUT …/import (add) or PUT …/rules (replace). */
export function ImportDialog({
  opened,
  onClose,
  rules,
  variables,
  groupNames,
}: {
  opened: boolean;
  onClose: () => void;
  rules: readonly V2Rule[];
  variables: ReadonlyMap<string, string>;
  groupNames: string[];
}) {
  if (!opened) return null;
  return (
    <Modal opened onClose={onClose} title="Import firewall rules" size="xl">
      <ImportForm onClose={onClose} rules={rules} variables={variables} groupNames={groupNames} />
    </Modal>
  );
}

function ImportForm({
  onClose,
  rules,
  variables,
  groupNames,
}: {
  onClose: () => void;
  rules: readonly V2Rule[];
  variables: ReadonlyMap<string, string>;
  groupNames: string[];
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(
    () => importFormSchema(variables, rules.length),
    [variables, rules.length],
  );
  const form = useForm<ImportFormValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const mode = useWatch({ control: form.control, name: 'mode' });
  const [preview, setPreview] = useState<Preview | null>(null);
  const apply = useMutation({
    mutationFn: async ({ values }: Preview) => {
      if (values.mode === 'replace') {
        return replaceV2Rules(client, checkImport(values.text, variables).rules);
      }
      return importRules(client, {
        rules: values.text,
        position: positionValue(values.position),
        disabled: values.disabled,
        groups: values.groups,
      });
    },
    onSuccess: async (result, { values }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) }),
        queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: values.mode === 'replace' ? 'Firewall replaced' : 'Rules imported',
        message: `${result.rules.length} rules ${values.mode === 'replace' ? 'now make up the firewall' : 'were added'}.`,
      });
      onClose();
    },
  });
  const { errors } = form.formState;

  function showPreview(values: ImportFormValues) {
    const incoming = checkImport(values.text, variables).rules.map((rule) => rule.rule);
    const current = rules.map((rule) => rule.rule);
    const diff =
      values.mode === 'replace'
        ? diffRules(current, incoming)
        : { added: incoming, removed: [], unchanged: current };
    setPreview({ values, diff });
  }

  async function loadFile(file: File | null) {
    if (!file) return;
    form.setValue('text', await file.text(), { shouldValidate: true });
    setPreview(null);
  }

  return (
    <form onSubmit={form.handleSubmit(showPreview)} noValidate>
      <Stack>
        <MutationError error={apply.error} title="The rules were not imported" />
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed">
            One rule per line (optionally ending in “ # [group,…] comment”), or an exported JSON
            file.
          </Text>
          <FileButton
            onChange={(file) => void loadFile(file)}
            accept=".txt,.json,text/plain,application/json"
          >
            {(props) => (
              <Button variant="default" size="xs" {...props}>
                Load a file
              </Button>
            )}
          </FileButton>
        </Group>
        <Textarea
          label="Rules to import"
          required
          autosize
          minRows={6}
          maxRows={14}
          styles={MONO_INPUT}
          spellCheck={false}
          error={errors.text?.message}
          {...form.register('text', { onChange: () => setPreview(null) })}
        />
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <Radio.Group
              label="How to import"
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                setPreview(null);
              }}
            >
              <Group mt={6}>
                <Radio value="add" label="Add to the current rules" />
                <Radio value="replace" label="Replace the whole firewall" />
              </Group>
            </Radio.Group>
          )}
        />
        {mode === 'add' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Insert at position"
              description={`0 to ${rules.length}; empty or -1 appends.`}
              inputMode="numeric"
              error={errors.position?.message}
              {...form.register('position', { onChange: () => setPreview(null) })}
            />
            <Controller
              control={form.control}
              name="groups"
              render={({ field, fieldState }) => (
                <TagsInput
                  label="Add the imported rules to groups"
                  data={groupNames}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                    setPreview(null);
                  }}
                  error={
                    fieldState.error?.message ??
                    (Array.isArray(errors.groups)
                      ? errors.groups.find(Boolean)?.message
                      : undefined)
                  }
                />
              )}
            />
            <Checkbox label="Import them disabled" {...form.register('disabled')} />
          </SimpleGrid>
        ) : null}
        {preview ? (
          <Stack gap="sm" aria-label="Import preview" role="group">
            <Title order={2} size="h5">
              Preview
            </Title>
            <DiffList title="Added" rules={preview.diff.added} />
            <DiffList title="Removed" rules={preview.diff.removed} />
            <DiffList title="Unchanged" rules={preview.diff.unchanged} />
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {preview ? (
            <Button
              color={preview.values.mode === 'replace' ? 'red' : undefined}
              loading={apply.isPending}
              onClick={() => apply.mutate(preview)}
            >
              {preview.values.mode === 'replace'
                ? `Replace firewall (${preview.diff.removed.length} removed)`
                : `Import ${preview.diff.added.length} rules`}
            </Button>
          ) : (
            <Button type="submit">Preview changes</Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
