import { Paper, SimpleGrid, Title } from '@mantine/core';
import { type Health, healthAlarms } from '../api/health';
import { UsageGauge } from './UsageGauge';

export function HealthPanel({ health }: { health: Health }) {
  const alarms = healthAlarms(health);
  const { cpu } = health;
  const cpuPercent = cpu.num > 0 ? (cpu.cpu5min / cpu.num) * 100 : 0;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="md">
        Health
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <UsageGauge
          label="Disk"
          percent={health.disk.percentage}
          detail={`${health.disk.used} used of ${health.disk.total}`}
          alarm={alarms.disk}
        />
        <UsageGauge
          label="Memory"
          percent={health.memory.percentage}
          detail={`${health.memory.used} used of ${health.memory.total}`}
          alarm={alarms.memory}
        />
        <UsageGauge
          label="CPU"
          percent={cpuPercent}
          detail={`Load ${cpu.load} · ${cpu.num} ${cpu.num === 1 ? 'core' : 'cores'}`}
          alarm={alarms.cpu}
        />
      </SimpleGrid>
    </Paper>
  );
}
