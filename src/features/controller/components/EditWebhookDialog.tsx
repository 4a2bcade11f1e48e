import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import {
  type Webhook,
  alertsQuery,
  updateWebhook,
  webhookQuery,
  webhooksQuery,
} from '../api/alerts';
import type { WebhookValues } from '../api/rules';
import { WebhookForm } from './WebhookForm';

/** Edits one webhook: reads it afresh (GET /webhook/{id}), then PUT /webhook/{id}. */
export function EditWebhookDialog({
  webhook,
  events,
  onClose,
}: {
  webhook: Webhook;
  events: string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const detail = useQuery(webhookQuery(connection.id, client, webhook.id));
  const save = useMutation({
    // Headers are not edited here; left out, the controller keeps them.
    mutationFn: (values: WebhookValues) =>
      updateWebhook(client, webhook.id, {
        name: values.name,
        url: values.url,
        body: values.body,
        validate_cert: values.validate_cert,
        events: values.events,
      }),
  });
  return (
    <Modal opened onClose={onClose} title={`Edit webhook ${webhook.name}`} size="lg">
      <QueryBoundary query={detail} what="the webhook">
        {(current) => (
          <WebhookForm
            events={events}
            defaultValues={{
              name: current.name,
              url: current.url ?? '',
              body: current.body ?? '',
              validate_cert: current.validate_cert ?? true,
              events: current.events ?? [],
              headers: [],
            }}
            error={save.error}
            errorTitle="The webhook was not saved"
            onSave={(values, form) =>
              save.mutate(values, {
                onSuccess: (saved) => {
                  notifications.show({
                    color: 'teal',
                    title: 'Webhook saved',
                    message: saved.name,
                  });
                  void queryClient.invalidateQueries({
                    queryKey: webhooksQuery(connection.id, client).queryKey,
                  });
                  // Alerts show the webhook's name and URL.
                  void queryClient.invalidateQueries({
                    queryKey: alertsQuery(connection.id, client).queryKey,
                  });
                  onClose();
                },
                onError: form.setFieldError,
              })
            }
            footer={
              <DialogFooter
                onCancel={onClose}
                submitLabel="Save webhook"
                loading={save.isPending}
              />
            }
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}
