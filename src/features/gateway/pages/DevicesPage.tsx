import { Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { ORDER_BY_OPTIONS, devicePageQuery, isOrderBy } from '../api/listDevices';
import { DeleteDeviceDialog, type DeviceRef } from '../components/DeleteDeviceDialog';
import { GatewayQuery } from '../components/GatewayQuery';
import { Pager } from '../components/Pager';
import { RegisterDeviceDialog } from '../components/RegisterDeviceDialog';
import { formatUnix } from '../components/time';
import { useGatewayPaths } from '../components/usePaths';

const PAGE_SIZES = ['10', '25', '50', '100'];

function readNumber(value: string | null, fallback: number, min: number): number {
  const parsed = Number(value);
  return value !== null && Number.isInteger(parsed) && parsed >= min ? parsed : fallback;
}

function otherLabels(labels: Record<string, string>): string {
  const rest = Object.entries(labels).filter(([name]) => name !== 'name' && name !== 'group');
  return rest.length ? rest.map(([name, value]) => `${name}=${value}`).join(', ') : '—';
}

export function DevicesPage() {
  const { connection, client } = useConnectionClient();
  const paths = useGatewayPaths();
  const [params, setParams] = useSearchParams();
  const offset = readNumber(params.get('offset'), 0, 0);
  const limit = readNumber(params.get('limit'), 10, 1);
  const rawOrder = params.get('order-by');
  const orderBy = isOrderBy(rawOrder) ? rawOrder : 'name-asc';
  const devices = useQuery(devicePageQuery(connection.id, client, { offset, limit, orderBy }));
  const [deleting, setDeleting] = useState<DeviceRef | null>(null);
  const [registering, setRegistering] = useState(false);

  function go(change: { offset?: number; limit?: number; orderBy?: string }) {
    setParams({
      offset: String(change.offset ?? offset),
      limit: String(change.limit ?? limit),
      'order-by': change.orderBy ?? orderBy,
    });
  }

  return (
    <Stack>
      <PageHeader
        title="Devices"
        description={`Devices enrolled on ${connection.name}, a page at a time as the gateway serves them.`}
        actions={
          <Button variant="light" onClick={() => setRegistering(true)}>
            Register device
          </Button>
        }
      />
      <Group align="flex-end">
        <Select
          label="Order by"
          data={ORDER_BY_OPTIONS.map((option) => ({ ...option }))}
          value={orderBy}
          allowDeselect={false}
          onChange={(value) => value && go({ orderBy: value, offset: 0 })}
          w={260}
        />
        <Select
          label="Devices per page"
          data={PAGE_SIZES}
          value={String(limit)}
          allowDeselect={false}
          onChange={(value) => value && go({ limit: Number(value), offset: 0 })}
          w={160}
        />
      </Group>
      <GatewayQuery query={devices} what="the devices" skeletonHeight={320}>
        {(page) =>
          page.devices.length === 0 && offset === 0 ? (
            <EmptyState title="No devices">
              No device has enrolled with this gateway yet.
            </EmptyState>
          ) : (
            <Stack>
              <Table.ScrollContainer minWidth={960}>
                <Table aria-label="Devices" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>UUID</Table.Th>
                      <Table.Th>Group</Table.Th>
                      <Table.Th>Other labels</Table.Th>
                      <Table.Th>Target</Table.Th>
                      <Table.Th>Last seen</Table.Th>
                      <Table.Th>Created</Table.Th>
                      <Table.Th>
                        <Text span size="sm" fw={700}>
                          Actions
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.devices.map((device) => (
                      <Table.Tr key={device.uuid}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={paths.device(device.uuid)}
                            size="sm"
                            style={{ whiteSpace: 'nowrap' }}
                          >
                            {device.labels.name ?? device.uuid}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace">
                            {device.uuid}
                          </Text>
                        </Table.Td>
                        <Table.Td>{device.labels.group ?? '—'}</Table.Td>
                        <Table.Td>{otherLabels(device.labels)}</Table.Td>
                        <Table.Td>{device.target || '—'}</Table.Td>
                        <Table.Td>{formatUnix(device['last-seen'])}</Table.Td>
                        <Table.Td>{formatUnix(device['created-at'])}</Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${device.labels.name ?? device.uuid}`}
                            onClick={() =>
                              setDeleting({ uuid: device.uuid, name: device.labels.name })
                            }
                          >
                            Delete
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                offset={offset}
                limit={limit}
                count={page.devices.length}
                first={page.first}
                next={page.next}
                last={page.last}
                onPage={(next) => go({ offset: next })}
              />
            </Stack>
          )
        }
      </GatewayQuery>
      <DeleteDeviceDialog device={deleting} onClose={() => setDeleting(null)} />
      <RegisterDeviceDialog opened={registering} onClose={() => setRegistering(false)} />
    </Stack>
  );
}
