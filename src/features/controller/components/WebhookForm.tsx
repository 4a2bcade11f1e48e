import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, MultiSelect, Stack, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { fieldOfVns3Error } from '@/api/vns3/fieldErrors';
import { type WebhookValues, webhookSchema } from '../api/rules';
import type { SetFieldError } from './AlertForm';
import { MutationError } from './MutationError';

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
  const setFieldError: SetFieldError = (caught) => {
    const field = fieldOfVns3Error(caught, WEBHOOK_FIELDS);
    if (field) form.setError(field.field, { message: field.message });
  };
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
        {fieldOfVns3Error(error, WEBHOOK_FIELDS) ? null : (
          <MutationError error={error} title={errorTitle} />
        )}
        {footer}
      </Stack>
    </form>
  );
}
