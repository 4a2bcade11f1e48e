import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { formatBytes } from '@/lib/format';
import {
  cpuBusy,
  formatUptime,
  memoryUsed,
  rootDisk,
  systemStatusQuery,
} from '../api/systemStatus';
import { Facts } from './Facts';

function Meter({ label, percent, detail }: { label: string; percent: number; detail: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm">
        {label}: {detail}
      </Text>
      <Progress
        value={percent}
        color={percent > 90 ? 'red' : percent > 75 ? 'orange' : 'blue'}
        aria-label={`${label} ${Math.round(percent)} %`}
      />
    </Stack>
  );
}

/** GET /status/system. */
export function SystemCard() {
  const { connection, client } = useConnectionClient();
  const status = useQuery(systemStatusQuery(connection.id, client));
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        System
      </Title>
      <QueryBoundary query={status} what="the system status">
        {(data) => {
          const memory = memoryUsed(data.meminfo);
          const disk = rootDisk(data.diskinfo);
          const cpu = cpuBusy(data.data?.sysstat);
          return (
            <Stack>
              <Facts
                items={[
                  ['Uptime', data.uptime === undefined ? null : formatUptime(data.uptime)],
                  ['Load average', data.loadavg?.join(' · ')],
                  ['Kernel', data.kernel_version],
                ]}
              />
              {cpu !== null ? (
                <Meter label="CPU" percent={cpu} detail={`${cpu.toFixed(0)} % busy`} />
              ) : null}
              {memory ? (
                <Meter
                  label="Memory"
                  percent={(memory.usedKb / memory.totalKb) * 100}
                  detail={`${formatBytes(memory.usedKb * 1024)} of ${formatBytes(memory.totalKb * 1024)} used`}
                />
              ) : null}
              {disk ? (
                <Meter
                  label="Disk /"
                  percent={Number.parseFloat(disk.percent) || 0}
                  detail={`${disk.used} of ${disk.size} used (${disk.percent})`}
                />
              ) : null}
            </Stack>
          );
        }}
      </QueryBoundary>
    </Paper>
  );
}
