import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, MultiSelect, Stack, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { type WebhookValues, webhookSchema } from '../api/rules';
import type { SetFieldError } from './AlertForm';
import { FieldSaveError } from './FieldSaveError';
import { setVns3FieldError } from '@/components/vns3/setVns3FieldError';

const WEBHOOK_FIELDS = { name: 'name', url: 'url', body: 'body', events: 'events' } as const;

/** The fields of a webhook integration; `footer` renders the submit button(s). */
export function WebhookForm({
  events,
  defaultValues,
  error,
  errorTitle,
  onSave,
  footer,
}: {
  events: string[];
  defaultValues: WebhookValues;
  error: unknown;
  errorTitle: string;
  onSave: (
    values: WebhookValues,
    form: { reset: () => void; setFieldError: SetFieldError },
  ) => void;
  footer: ReactNode;
}) {
  const form = useForm<WebhookValues>({ resolver: zodResolver(webhookSchema), defaultValues });
  const setFieldError: SetFieldError = (caught) => setVns3FieldError(form, caught, WEBHOOK_FIELDS);
  const errors = form.formState.errors;
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
            label="Webhook name"
            withAsterisk
            {...form.register('name')}
            error={errors.name?.message}
          />
          <TextInput
            label="Webhook URL"
            withAsterisk
            {...form.register('url')}
            error={errors.url?.message}
          />
        </Group>
        <Textarea
          label="Body template"
          description="Optional; ${event} and other placeholders are filled in by the controller"
          autosize
          minRows={2}
          {...form.register('body')}
          error={errors.body?.message}
        />
        <Controller
          control={form.control}
          name="events"
          render={({ field }) => (
            <MultiSelect
              label="Events"
              data={events}
              value={field.value}
              onChange={field.onChange}
              searchable
            />
          )}
        />
        <Checkbox label="Validate the server certificate" {...form.register('validate_cert')} />
        <FieldSaveError error={error} fields={WEBHOOK_FIELDS} title={errorTitle} />
        {footer}
      </Stack>
    </form>
  );
}
