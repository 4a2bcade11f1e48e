import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { textOf } from '../api/fieldRules';
import { type StorageInfo, isStorageType } from '../api/storage';
import { STORAGE_FIELD_LABELS, STORAGE_TYPE_LABELS } from './storageLabels';

/** What GET /storage reports; the iSCSI password is never shown. */
export function StorageSummary({ info }: { info: StorageInfo }) {
  const { type, ...fields } = info.storage;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Current storage
        </Title>
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Offered:
          </Text>
          {info.options.map((option) => (
            <Badge key={option} variant="outline" tt="none">
              {option}
            </Badge>
          ))}
        </Group>
      </Group>
      <Table aria-label="Current storage settings" variant="vertical" layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={180}>
              Type
            </Table.Th>
            <Table.Td>{isStorageType(type) ? STORAGE_TYPE_LABELS[type] : type}</Table.Td>
          </Table.Tr>
          {Object.entries(fields).map(([field, value]) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">{STORAGE_FIELD_LABELS[field] ?? field}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {field === 'password' ? (
                  <Text span size="sm" c="dimmed">
                    Hidden
                  </Text>
                ) : (
                  textOf(value) || JSON.stringify(value)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
