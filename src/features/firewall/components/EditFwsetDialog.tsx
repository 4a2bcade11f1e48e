import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { FreshItem } from '@/components/FreshItem';
import {
  commentedLinesMessage,
  formatCommentedLines,
  parseCommentedLines,
} from '../api/commentedLines';
import { type Fwset, fwsetEntryMessage, fwsetQuery, updateFwset } from '../api/fwsets';
import { descriptionSchema, renameSchema } from '../api/groups';
import { firewallKeys } from '../api/keys';
import { MutationError } from './MutationError';
import { NameDescriptionFields } from './NameDescriptionFields';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

function fwsetFormSchema(type: string, taken: readonly string[]) {
  const check = (entry: string) => fwsetEntryMessage(type, entry);
  return z.object({
    name: renameSchema(taken),
    description: descriptionSchema,
    entries: z.string().check(
      z.refine((text) => commentedLinesMessage(text, check) === null, {
        error: (issue) => commentedLinesMessage(String(issue.input), check) ?? 'Invalid entries',
      }),
    ),
  });
}
type FwsetFormValues = z.infer<ReturnType<typeof fwsetFormSchema>>;

/** Renames a fwset and replaces its description and entries (PUT …/fwsets/{name}). */
export function EditFwsetDialog({
  name,
  otherNames,
  onClose,
}: {
  name: string;
  otherNames: readonly string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  return (
    <Modal opened onClose={onClose} title={`Edit fwset ${name}`} size="lg">
      <FreshItem options={fwsetQuery(connection.id, client, name)} what={`fwset ${name}`}>
        {(current) => <FwsetForm set={current} otherNames={otherNames} onClose={onClose} />}
      </FreshItem>
    </Modal>
  );
}

function FwsetForm({
  set,
  otherNames,
  onClose,
}: {
  set: Fwset;
  otherNames: readonly string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => fwsetFormSchema(set.type, otherNames), [set.type, otherNames]);
  const form = useForm<FwsetFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: set.name,
      description: set.description ?? '',
      entries: formatCommentedLines(
        set.entries.map((entry) => ({ value: entry.entry, comment: entry.comment ?? '' })),
      ),
    },
  });
  const save = useMutation({
    mutationFn: (values: FwsetFormValues) =>
      updateFwset(client, set.name, {
        name: values.name,
        description: values.description,
        entries: parseCommentedLines(values.entries).map((line) => ({
          entry: line.value,
          comment: line.comment,
        })),
      }),
    onSuccess: async (saved) => {
      // Closed first, so the old name's detail is not read again.
      onClose();
      if (saved.name !== set.name) {
        queryClient.removeQueries({ queryKey: firewallKeys.fwset(connection.id, set.name) });
      }
      await queryClient.invalidateQueries({ queryKey: firewallKeys.fwsets(connection.id) });
      notifications.show({ color: 'teal', title: 'Fwset saved', message: saved.name });
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      const field = /name|exists/i.test(error.message)
        ? 'name'
        : /description/i.test(error.message)
          ? 'description'
          : 'entries';
      form.setError(field, { message: error.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError error={save.error} title="The fwset was not saved" />
        <NameDescriptionFields
          nameDescription="Renaming changes the set's address; rules refer to it by name."
          field={(field) => ({ error: errors[field]?.message, ...form.register(field) })}
        />
        <Textarea
          label="Entries"
          description={`One ${set.type} entry per line, optionally followed by “ # comment”. These replace every entry.`}
          autosize
          minRows={4}
          maxRows={14}
          styles={MONO_INPUT}
          spellCheck={false}
          error={errors.entries?.message}
          {...form.register('entries')}
        />
        <DialogFooter onCancel={onClose} submitLabel="Save fwset" loading={save.isPending} />
      </Stack>
    </form>
  );
}
