import { Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { variablesQuery } from '../api/variables';

/** The variables rules may use as `${name}`, read-only. */
export function VariablesSection() {
  const { connection, client } = useConnectionClient();
  const variables = useQuery(variablesQuery(connection.id, client));

  return (
    <Stack>
      <Title order={2}>Variables</Title>
      <QueryBoundary query={variables} what="the variables">
        {(list) => (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label="Variables">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Variable</Table.Th>
                  <Table.Th>Value</Table.Th>
                  <Table.Th>Collection</Table.Th>
                  <Table.Th>Description</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((variable) => (
                  <Table.Tr key={`${variable.collection}:${variable.name}`}>
                    <Table.Td ff="monospace">{`\${${variable.name}}`}</Table.Td>
                    <Table.Td ff="monospace">{variable.value}</Table.Td>
                    <Table.Td>{variable.collection}</Table.Td>
                    <Table.Td>{variable.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBoundary>
    </Stack>
  );
}
