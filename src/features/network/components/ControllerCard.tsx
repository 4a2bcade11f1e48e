import { Badge, Paper, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vns3ConfigQuery } from '@/api/vns3/config';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { Facts } from './Facts';

/** GET /config: who this controller is. */
export function ControllerCard() {
  const { connection, client } = useConnectionClient();
  const config = useQuery(vns3ConfigQuery(connection.id, client));
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        Controller
      </Title>
      <QueryBoundary query={config} what="the controller configuration">
        {(data) => (
          <Facts
            items={[
              ['Controller name', data.controller_name],
              ['Topology', data.topology_name],
              ['VNS3 version', data.vns3_version],
              [
                'Licence',
                <Badge key="l" color={data.licensed ? 'teal' : 'yellow'} variant="light">
                  {data.licensed ? 'Licensed' : 'Not licensed'}
                </Badge>,
              ],
              ['Controller id', data.manager_id ?? null],
              ['ASN', data.asn ?? null],
              ['Public IP', data.public_ipaddress],
              ['Private IP', data.private_ipaddress],
              ['Overlay IP', data.overlay_ipaddress],
              ['Peered', data.peered === undefined ? null : data.peered ? 'Yes' : 'No'],
            ]}
          />
        )}
      </QueryBoundary>
    </Paper>
  );
}
