import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Webhook } from '../api/alerts';
import { type AlertValues, alertSchema } from '../api/rules';
import { FieldSaveError } from './FieldSaveError';
import { SelectField } from './SelectField';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

const ALERT_FIELDS = { name: 'name', webhook_id: 'webhook_id', events: 'events' } as const;

/** The fields of an alert definition; `footer` renders the submit button(s). */
export function AlertForm({
  webhooks,
  events,
  defaultValues,
  error,
  errorTitle,
  onSave,
  footer,
}: {
  webhooks: Webhook[];
  events: string[];
  defaultValues: AlertValues;
  error: unknown;
  errorTitle: string;
  onSave: (values: AlertValues, form: { reset: () => void; setFieldError: SetFieldError }) => void;
  footer: ReactNode;
}) {
  const form = useForm<AlertValues>({ resolver: zodResolver(alertSchema), defaultValues });
  const setFieldError: SetFieldError = (caught) => setVns3FieldError(form, caught, ALERT_FIELDS);
  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        onSave(values, { reset: () => form.reset(), setFieldError }),
      )}
      noValidate
    >
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            label="Alert name"
            withAsterisk
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <SelectField
            control={form.control}
            name="webhook_id"
            label="Send to webhook"
            data={webhooks.map((hook) => ({ value: String(hook.id), label: hook.name }))}
          />
        </Group>
        <Controller
          control={form.control}
          name="events"
          render={({ field, fieldState }) => (
            <MultiSelect
              label="Events"
              withAsterisk
              data={events}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
              searchable
            />
          )}
        />
        <Checkbox label="Enabled" {...form.register('enabled')} />
        <FieldSaveError error={error} fields={ALERT_FIELDS} title={errorTitle} />
        {footer}
      </Stack>
    </form>
  );
}

export type SetFieldError = (error: unknown) => void;
