import { Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { QueryBoundary } from '@/components/QueryBoundary';
import { deviceListQuery } from '../api/devices';
import type { ItemKind } from '../api/keys';
import {
  type DeviceListParams,
  LIST_STATUSES,
  readListParams,
  writeListParams,
} from '../api/listParams';
import { statsQuery } from '../api/stats';
import { DeviceFilters } from '../components/DeviceFilters';
import { DeviceTable } from '../components/DeviceTable';
import { ListPager } from '../components/ListPager';
import { RemoveDeviceDialog } from '../components/RemoveDeviceDialog';
import type { DeviceRef } from '../components/useDeviceActions';

const TAB_LABEL = { accepted: 'Accepted', pending: 'Pending', rejected: 'Rejected' } as const;

function Counts() {
  const { connection, client } = useConnectionClient();
  const stats = useQuery(statsQuery(connection.id, client));
  if (!stats.data) return null;
  const s = stats.data;
  return (
    <Text span size="sm">
      {s.registered_devices} accepted, {s.online_devices} online, {s.pending_devices} pending,{' '}
      {s.rejected_devices} rejected · {s.active_sessions} active sessions
    </Text>
  );
}

function ItemsPage({ kind }: { kind: ItemKind }) {
  const { connection, client } = useConnectionClient();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const list = useQuery(deviceListQuery(connection.id, client, kind, params));
  const [removing, setRemoving] = useState<DeviceRef | null>(null);
  const noun = kind === 'device' ? 'devices' : 'containers';
  const title = kind === 'device' ? 'Devices' : 'Containers';

  const change = useCallback(
    (next: Partial<DeviceListParams>) =>
      setSearch((current) => writeListParams({ ...readListParams(current), ...next }), {
        replace: true,
      }),
    [setSearch],
  );
  const filtered = params.search !== '' || params.tag !== '';

  return (
    <Stack>
      <PageHeader
        title={title}
        description={kind === 'device' ? <Counts /> : `Docker containers on ${connection.name}.`}
      />
      <Tabs
        value={params.status}
        onChange={(value) => {
          const status = LIST_STATUSES.find((one) => one === value);
          if (status) change({ status, page: 1 });
        }}
      >
        <Tabs.List>
          {LIST_STATUSES.map((status) => (
            <Tabs.Tab key={status} value={status}>
              {TAB_LABEL[status]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <DeviceFilters params={params} onChange={change} />
      <QueryBoundary query={list} what={`the ${noun}`} skeletonHeight={320}>
        {(page) =>
          page.items.length === 0 && params.page === 1 ? (
            <EmptyState title={filtered ? `No matching ${noun}` : `No ${params.status} ${noun}`}>
              {filtered
                ? 'Nothing matches this search and tag. Clear them to see every one.'
                : params.status === 'pending'
                  ? `New ${noun} wait here for acceptance once their agent connects.`
                  : `There are no ${params.status} ${noun} in this namespace.`}
            </EmptyState>
          ) : (
            <Stack>
              <DeviceTable
                kind={kind}
                devices={page.items}
                label={`${TAB_LABEL[params.status]} ${noun}`}
                onRemove={setRemoving}
              />
              <ListPager
                noun={noun}
                page={params.page}
                perPage={params.perPage}
                count={page.items.length}
                total={page.total}
                onPage={(next) => change({ page: next })}
              />
            </Stack>
          )
        }
      </QueryBoundary>
      <RemoveDeviceDialog kind={kind} device={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

export function DevicesPage() {
  return <ItemsPage kind="device" />;
}

export function ContainersPage() {
  return <ItemsPage kind="container" />;
}
