import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import type { Webhook } from '../api/alerts';
import { type AlertValues, alertSchema } from '../api/rules';
import { MutationError } from './MutationError';

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
  const mapped = fieldOfVns3Error(error, ALERT_FIELDS);
  const setFieldError: SetFieldError = (caught) => {
    const field = fieldOfVns3Error(caught, ALERT_FIELDS);
    if (field) form.setError(field.field, { message: field.message });
  };
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
          <Controller
            control={form.control}
            name="webhook_id"
            render={({ field, fieldState }) => (
              <Select
                label="Send to webhook"
                withAsterisk
                data={webhooks.map((hook) => ({ value: String(hook.id), label: hook.name }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldState.error?.message}
              />
            )}
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
        {mapped ? null : <MutationError error={error} title={errorTitle} />}
        {footer}
      </Stack>
    </form>
  );
}

export type SetFieldError = (error: unknown) => void;
