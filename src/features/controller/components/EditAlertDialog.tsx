import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { DialogFooter } from '@/components/DialogFooter';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type Alert, type Webhook, alertQuery, alertsQuery, updateAlert } from '../api/alerts';
import type { AlertValues } from '../api/rules';
import { AlertForm } from './AlertForm';

/** Edits one alert: reads it afresh (GET /alert/{id}), then PUT /alert/{id}. */
export function EditAlertDialog({
  alert,
  webhooks,
  events,
  onClose,
}: {
  alert: Alert;
  webhooks: Webhook[];
  events: string[];
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const queryClient = useQueryClient();
  const detail = useQuery(alertQuery(connection.id, client, alert.id));
  const save = useMutation({
    mutationFn: (values: AlertValues) => {
      const webhook = webhooks.find((hook) => String(hook.id) === values.webhook_id);
      return updateAlert(client, alert.id, {
        name: values.name,
        webhook_id: Number(values.webhook_id),
        url: webhook?.url ?? '',
        events: values.events,
        enabled: values.enabled,
      });
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Edit alert ${alert.name}`} size="lg">
      <QueryBoundary query={detail} what="the alert">
        {(current) => (
          <AlertForm
            webhooks={webhooks}
            events={events}
            defaultValues={{
              name: current.name,
              webhook_id: current.webhook_id ? String(current.webhook_id) : '',
              events: current.events ?? [],
              enabled: current.enabled,
            }}
            error={save.error}
            errorTitle="The alert was not saved"
            onSave={(values, form) =>
              save.mutate(values, {
                onSuccess: (saved) => {
                  notifications.show({ color: 'teal', title: 'Alert saved', message: saved.name });
                  void queryClient.invalidateQueries({
                    queryKey: alertsQuery(connection.id, client).queryKey,
                  });
                  onClose();
                },
                onError: form.setFieldError,
              })
            }
            footer={
              <DialogFooter onCancel={onClose} submitLabel="Save alert" loading={save.isPending} />
            }
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}
