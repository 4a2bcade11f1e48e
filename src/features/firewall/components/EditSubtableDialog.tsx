import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  commentedLinesMessage,
  formatCommentedLines,
  parseCommentedLines,
} from '../api/commentedLines';
import { firewallKeys } from '../api/keys';
import {
  type Subtable,
  subtableQuery,
  subtableRuleMessage,
  updateSubtable,
} from '../api/subtables';
import { MutationError } from './MutationError';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

function subtableFormSchema(type: string, variables: ReadonlyMap<string, string>) {
  const check = (rule: string) => subtableRuleMessage(type, rule, variables);
  return z.object({
    description: z.string().check(z.maxLength(255, 'At most 255 characters')),
    rules: z.string().check(
      z.refine((text) => commentedLinesMessage(text, check) === null, {
        error: (issue) => commentedLinesMessage(String(issue.input), check) ?? 'Invalid rules',
      }),
    ),
  });
}
type SubtableFormValues = z.infer<ReturnType<typeof subtableFormSchema>>;

/** Replaces a subtable's description and rules (PUT …/subtables/{name}), read fresh first. */
export function EditSubtableDialog({
  name,
  variables,
  onClose,
}: {
  name: string;
  variables: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const table = useQuery(subtableQuery(connection.id, client, name));
  return (
    <Modal opened onClose={onClose} title={`Edit subtable ${name}`} size="lg">
      <QueryBoundary query={table} what={`subtable ${name}`}>
        {(current) => <SubtableForm table={current} variables={variables} onClose={onClose} />}
      </QueryBoundary>
    </Modal>
  );
}

function SubtableForm({
  table,
  variables,
  onClose,
}: {
  table: Subtable;
  variables: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => subtableFormSchema(table.type, variables), [table.type, variables]);
  const form = useForm<SubtableFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      description: table.description ?? '',
      rules: formatCommentedLines(
        table.rules.map((rule) => ({ value: rule.rule, comment: rule.comment ?? '' })),
      ),
    },
  });
  const save = useMutation({
    mutationFn: (values: SubtableFormValues) => {
      // Text has no column for "disabled": a rule kept unchanged keeps its flag.
      const disabled = new Set(
        table.rules.filter((rule) => rule.disabled).map((rule) => rule.rule),
      );
      return updateSubtable(client, table.name, {
        description: values.description,
        rules: parseCommentedLines(values.rules).map((line) => ({
          rule: line.value,
          comment: line.comment,
          disabled: disabled.has(line.value),
        })),
      });
    },
    onSuccess: async () => {
      // Closed first, so the open detail is not read again on top of the list.
      onClose();
      await queryClient.invalidateQueries({ queryKey: firewallKeys.subtables(connection.id) });
      notifications.show({ color: 'teal', title: 'Subtable saved', message: table.name });
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      const field = /description/i.test(error.message) ? 'description' : 'rules';
      form.setError(field, { message: error.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError error={save.error} title="The subtable was not saved" />
        <TextInput
          label="Description"
          error={errors.description?.message}
          {...form.register('description')}
        />
        <Textarea
          label="Rules"
          description={`One rule per line without the chain (it runs in ${table.type}), in order, optionally followed by “ # comment”. These replace every rule.`}
          autosize
          minRows={4}
          maxRows={14}
          styles={MONO_INPUT}
          spellCheck={false}
          error={errors.rules?.message}
          {...form.register('rules')}
        />
        <DialogFooter onCancel={onClose} submitLabel="Save subtable" loading={save.isPending} />
      </Stack>
    </form>
  );
}
