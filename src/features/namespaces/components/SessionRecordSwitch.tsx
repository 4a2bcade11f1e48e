import { Alert, Skeleton, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { namespacesKeys } from '../api/keys';
import { describeFailure } from '../api/roles';
import type { Namespace } from '../api/schemas';
import { sessionRecordQuery } from '../api/sessionRecord';
import { setSessionRecord } from '../api/setSessionRecord';
import { FailureAlert } from './FailureAlert';
import { useNamespaceSession } from './useNamespaceSession';

/** GET/PUT /api/users/security: whether SSH sessions of this namespace are recorded. */
export function SessionRecordSwitch({ tenant, canEdit }: { tenant: string; canEdit: boolean }) {
  const { connection, client } = useNamespaceSession();
  const queryClient = useQueryClient();
  const options = sessionRecordQuery(connection.id, client, tenant);
  const query = useQuery(options);
  const save = useMutation({
    mutationFn: (record: boolean) => setSessionRecord(client, tenant, record),
    onSuccess: (_data, record) => {
      queryClient.setQueryData(options.queryKey, record);
      queryClient.setQueryData<Namespace>(namespacesKeys.namespace(connection.id, tenant), (old) =>
        old ? { ...old, settings: { ...old.settings, session_record: record } } : old,
      );
      notifications.show({
        color: 'teal',
        title: record ? 'Session recording on' : 'Session recording off',
        message: record
          ? 'New SSH sessions in this namespace are recorded.'
          : 'New SSH sessions in this namespace are not recorded.',
      });
    },
  });
  if (query.isPending) return <Skeleton height={24} aria-label="Loading session recording" />;
  if (query.isError) {
    return (
      <Alert color="red" role="alert" title="Could not read session recording">
        {describeFailure(query.error, 'read the session recording setting')}
      </Alert>
    );
  }
  return (
    <>
      <FailureAlert
        error={save.error}
        title="Session recording was not changed"
        action="change session recording"
      />
      <Switch
        label="Record SSH sessions"
        description="Recordings can be played back from the session list (administrators and owners)."
        checked={save.isPending ? !query.data : query.data}
        disabled={!canEdit || save.isPending}
        onChange={(event) => save.mutate(event.currentTarget.checked)}
      />
    </>
  );
}
