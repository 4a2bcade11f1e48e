import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { firewallKeys } from '../api/keys';
import { type V2RuleFormValues, ruleFieldOf, v2RuleFormSchema } from '../api/ruleForms';
import { positionValue } from '../api/ruleSyntax';
import { createV2Rule, updateV2Rule } from '../api/v2Mutations';
import type { V2Rule } from '../api/v2Rules';
import { MutationError } from './MutationError';

const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

const EMPTY: V2RuleFormValues = {
  rule: '',
  comment: '',
  position: '',
  groups: [],
  disabled: false,
};

function valuesOf(rule: V2Rule): V2RuleFormValues {
  return {
    rule: rule.rule,
    comment: rule.comment ?? '',
    position: String(rule.position),
    groups: rule.groups ?? [],
    disabled: rule.disabled ?? false,
  };
}

/** Adds a v2 rule at a position, or edits one (text, comment, groups, disabled). */
export function RuleDialog({
  opened,
  onClose,
  editing,
  ruleCount,
  variables,
  groupNames,
}: {
  opened: boolean;
  onClose: () => void;
  editing: V2Rule | null;
  ruleCount: number;
  variables: ReadonlyMap<string, string>;
  groupNames: string[];
}) {
  if (!opened) return null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? `Edit rule ${editing.position}` : 'Add rule'}
      size="lg"
    >
      <RuleForm
        onClose={onClose}
        editing={editing}
        ruleCount={ruleCount}
        variables={variables}
        groupNames={groupNames}
      />
    </Modal>
  );
}

function RuleForm({
  onClose,
  editing,
  ruleCount,
  variables,
  groupNames,
}: {
  onClose: () => void;
  editing: V2Rule | null;
  ruleCount: number;
  variables: ReadonlyMap<string, string>;
  groupNames: string[];
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const schema = useMemo(() => v2RuleFormSchema(variables, ruleCount), [variables, ruleCount]);
  const form = useForm<V2RuleFormValues>({
    resolver: zodResolver(schema),
    defaultValues: editing ? valuesOf(editing) : EMPTY,
  });
  const save = useMutation({
    mutationFn: (values: V2RuleFormValues) =>
      editing
        ? updateV2Rule(client, editing.id, {
            rule: values.rule.trim(),
            comment: values.comment,
            groups: values.groups,
            disabled: values.disabled,
          })
        : createV2Rule(client, {
            rule: values.rule.trim(),
            comment: values.comment,
            position: positionValue(values.position),
            groups: values.groups,
            disabled: values.disabled,
          }),
    onSuccess: async (rule) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: firewallKeys.v2Rules(connection.id) }),
        queryClient.invalidateQueries({ queryKey: firewallKeys.groups(connection.id) }),
      ]);
      notifications.show({
        color: 'teal',
        title: editing ? 'Rule saved' : 'Rule added',
        message: `${rule.rule} is at position ${rule.position}.`,
      });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      const field = ruleFieldOf(error.message);
      if (field) form.setError(field, { message: error.message }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <MutationError
          error={save.error}
          title={editing ? 'The rule was not saved' : 'The rule was not added'}
        />
        <TextInput
          label="Rule"
          description="iptables syntax starting with the chain, e.g. FORWARD -s ${vns3_overlay_subnet} -j ACCEPT"
          required
          styles={MONO_INPUT}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          error={errors.rule?.message}
          {...form.register('rule')}
        />
        <TextInput label="Comment" error={errors.comment?.message} {...form.register('comment')} />
        {editing ? null : (
          <TextInput
            label="Position"
            description={`0-based, 0 to ${ruleCount}; empty or -1 appends.`}
            inputMode="numeric"
            error={errors.position?.message}
            {...form.register('position')}
          />
        )}
        <Controller
          control={form.control}
          name="groups"
          render={({ field, fieldState }) => (
            <TagsInput
              label="Groups"
              description="Existing or new group names; press Enter after each."
              data={groupNames}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={
                fieldState.error?.message ??
                (Array.isArray(errors.groups) ? errors.groups.find(Boolean)?.message : undefined)
              }
            />
          )}
        />
        <Checkbox
          label="Disabled (kept in the list but not applied)"
          {...form.register('disabled')}
        />
        <DialogFooter
          onCancel={onClose}
          submitLabel={editing ? 'Save rule' : 'Add rule'}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
