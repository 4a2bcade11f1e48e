import { Paper, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ConfigPanel } from '../components/ConfigPanel';

export function GroupConfigPage() {
  const { name = '' } = useParams();
  return (
    <Stack>
      <PageHeader
        title={`Group ${name}`}
        description="Config files for every device whose group label is this group."
      />
      <Paper withBorder p="lg" radius="md">
        <ConfigPanel target={{ level: 'group', name }} title="Group config" />
      </Paper>
    </Stack>
  );
}
