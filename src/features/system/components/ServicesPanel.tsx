import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { ServiceStatus } from '../api/services';

export function ServicesPanel({ services }: { services: ServiceStatus[] }) {
  const down = services.filter((service) => !service.running).length;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb={4}>
        Services
      </Title>
      <Text size="sm" c={down ? 'red' : 'dimmed'} mb="sm">
        {services.length === 0
          ? 'The appliance reports no services.'
          : down
            ? `${down} of ${services.length} not running`
            : `All ${services.length} running`}
      </Text>
      {services.length > 0 ? (
        <Table striped highlightOnHover aria-label="Services">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Service</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.map((service) => (
              <Table.Tr key={service.name}>
                <Table.Td>{service.name}</Table.Td>
                <Table.Td>
                  <Badge color={service.running ? 'teal' : 'red'} variant="light">
                    {service.status}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}
