import { Button, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { PageHeader } from '@/components/PageHeader';
import { deviceQuery } from '../api/getDevice';
import { AppliedConfigPanel } from '../components/AppliedConfigPanel';
import { AppsStatesPanel } from '../components/AppsStatesPanel';
import { ConfigPanel } from '../components/ConfigPanel';
import { DeleteDeviceDialog, type DeviceRef } from '../components/DeleteDeviceDialog';
import { DeviceOverview } from '../components/DeviceOverview';
import { GatewayQuery } from '../components/GatewayQuery';
import { LabelsPanel } from '../components/LabelsPanel';
import { TestsPanel } from '../components/TestsPanel';
import { UpdateHistoryPanel } from '../components/UpdateHistoryPanel';
import { useGatewayPaths } from '../components/usePaths';

export function DevicePage() {
  const { uuid = '' } = useParams();
  const { connection, client } = useConnectionClient();
  const paths = useGatewayPaths();
  const navigate = useNavigate();
  const device = useQuery(deviceQuery(connection.id, client, uuid));
  const [deleting, setDeleting] = useState<DeviceRef | null>(null);
  const name = device.data?.labels.name;

  return (
    <Stack>
      <PageHeader
        title={name ?? 'Device'}
        description={uuid}
        actions={
          device.data ? (
            <Button color="red" variant="light" onClick={() => setDeleting({ uuid, name })}>
              Delete device
            </Button>
          ) : null
        }
      />
      <GatewayQuery
        query={device}
        what="the device"
        notFoundTitle="No such device (it may be on the denied list)"
        skeletonHeight={320}
      >
        {(data) => (
          <Tabs defaultValue="overview" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="overview">Overview</Tabs.Tab>
              <Tabs.Tab value="labels">Labels</Tabs.Tab>
              <Tabs.Tab value="apps">Apps states</Tabs.Tab>
              <Tabs.Tab value="updates">Updates</Tabs.Tab>
              <Tabs.Tab value="tests">Tests</Tabs.Tab>
              <Tabs.Tab value="config">Config</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overview">
              <DeviceOverview device={data} />
            </Tabs.Panel>
            <Tabs.Panel value="labels">
              <LabelsPanel uuid={uuid} labels={data.labels} />
            </Tabs.Panel>
            <Tabs.Panel value="apps">
              <AppsStatesPanel uuid={uuid} />
            </Tabs.Panel>
            <Tabs.Panel value="updates">
              <UpdateHistoryPanel uuid={uuid} />
            </Tabs.Panel>
            <Tabs.Panel value="tests">
              <TestsPanel uuid={uuid} />
            </Tabs.Panel>
            <Tabs.Panel value="config">
              <Stack gap="xl">
                <ConfigPanel target={{ level: 'device', uuid }} title="Device config" />
                <AppliedConfigPanel uuid={uuid} />
              </Stack>
            </Tabs.Panel>
          </Tabs>
        )}
      </GatewayQuery>
      <DeleteDeviceDialog
        device={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => void navigate(paths.denied)}
      />
    </Stack>
  );
}
