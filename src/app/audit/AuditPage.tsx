import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useMemo, useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { useConnections } from '@/connections/store';
import { auditStore, useAuditEntries, AUDIT_CAP } from './auditStore';
import { AuditTable } from './AuditTable';
import { auditToCsv, auditToJson, saveText } from './export';
import { type AuditFilter, NO_FILTER, type StatusFilter, filterAudit } from './filter';

const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
const STATUSES: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: '2xx', label: '2xx success' },
  { value: '3xx', label: '3xx redirect' },
  { value: '4xx', label: '4xx refused' },
  { value: '5xx', label: '5xx server error' },
  { value: 'no-response', label: 'No response' },
];

export function AuditPage() {
  const entries = useAuditEntries();
  const connections = useConnections();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [clearing, setClearing] = useState(false);
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => filterAudit(entries, deferred), [entries, deferred]);

  const connectionOptions = useMemo(() => {
    const names = new Map<string, string>();
    for (const entry of entries) names.set(entry.connectionId, entry.connectionName);
    for (const connection of connections) names.set(connection.id, connection.name);
    return [...names].map(([value, label]) => ({ value, label }));
  }, [entries, connections]);

  const stamp = () => new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const set = (patch: Partial<AuditFilter>) => setFilter((current) => ({ ...current, ...patch }));

  return (
    <Stack>
      <PageHeader
        title="Audit trail"
        description={`Every change this browser sent to a backend: method, path, status and outcome — never a body, a query value or a credential. Kept in this browser, the latest ${AUDIT_CAP.toLocaleString('en')} requests.`}
        actions={
          <>
            <Button
              variant="default"
              disabled={shown.length === 0}
              onClick={() =>
                saveText(auditToCsv(shown), `switchboard-audit-${stamp()}.csv`, 'text/csv')
              }
            >
              Export CSV
            </Button>
            <Button
              variant="default"
              disabled={shown.length === 0}
              onClick={() =>
                saveText(
                  auditToJson(shown),
                  `switchboard-audit-${stamp()}.json`,
                  'application/json',
                )
              }
            >
              Export JSON
            </Button>
            <Button
              variant="subtle"
              color="red"
              disabled={entries.length === 0}
              onClick={() => setClearing(true)}
            >
              Clear trail
            </Button>
          </>
        }
      />
      {entries.length === 0 ? (
        <EmptyState title="No changes recorded yet">
          Changes you make from this console (saving settings, uploads, deletions) are listed here.
        </EmptyState>
      ) : (
        <>
          <Group gap="sm" align="flex-end" role="search" aria-label="Filter the audit trail">
            <Select
              label="Connection"
              placeholder="All connections"
              clearable
              data={connectionOptions}
              value={filter.connectionId}
              onChange={(connectionId) => set({ connectionId })}
              w={220}
            />
            <Select
              label="Method"
              placeholder="Any method"
              clearable
              data={METHODS}
              value={filter.method}
              onChange={(method) => set({ method })}
              w={150}
            />
            <Select
              label="Status"
              allowDeselect={false}
              data={STATUSES}
              value={filter.status}
              onChange={(status) => set({ status: (status as StatusFilter | null) ?? 'all' })}
              w={180}
            />
            <TextInput
              label="Search"
              placeholder="Path, connection, outcome"
              value={filter.text}
              onChange={(event) => set({ text: event.currentTarget.value })}
              w={240}
            />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {shown.length.toLocaleString('en')} of {entries.length.toLocaleString('en')}{' '}
            requests
          </Text>
          {shown.length === 0 ? (
            <EmptyState title="Nothing matches these filters" />
          ) : (
            <AuditTable entries={shown} />
          )}
        </>
      )}
      <ConfirmDialog
        opened={clearing}
        title="Clear the audit trail"
        confirmLabel="Clear audit trail"
        onCancel={() => setClearing(false)}
        onConfirm={() => {
          auditStore.clear();
          setClearing(false);
          notifications.show({ message: 'Audit trail cleared.' });
        }}
      >
        Remove all {entries.length.toLocaleString('en')} recorded requests from this browser? Export
        them first if you need them.
      </ConfirmDialog>
    </Stack>
  );
}
