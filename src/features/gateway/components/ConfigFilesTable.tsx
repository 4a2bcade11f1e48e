import { Badge, Table, Text } from '@mantine/core';
import type { ConfigFile } from '../api/schemas';

export function ConfigFilesTable({
  files,
  label,
}: {
  files: Record<string, ConfigFile>;
  label: string;
}) {
  const entries = Object.entries(files);
  if (entries.length === 0) return <Text size="sm">No files.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Stored</Table.Th>
            <Table.Th>On change</Table.Th>
            <Table.Th>Value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(([name, file]) => (
            <Table.Tr key={name}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={file.Unencrypted ? 'gray' : 'blue'}>
                  {file.Unencrypted ? 'plain' : 'encrypted'}
                </Badge>
              </Table.Td>
              <Table.Td>{(file.OnChanged ?? []).join(' ') || '—'}</Table.Td>
              <Table.Td>
                <Text
                  size="xs"
                  ff="monospace"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {file.Value}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
