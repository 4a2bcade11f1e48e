import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { deleteGre, greInterfacesQuery } from '../api/gre';
import { networkKeys } from '../api/keys';
import { GreDialog } from './GreDialog';
import { InterfaceTableSection, addressOf } from './InterfaceTableSection';

/** GET /interfaces/edge_gre with add, edit and delete. */
export function GreInterfacesSection() {
  const { connection, client } = useConnectionClient();
  const interfaces = useQuery(greInterfacesQuery(connection.id, client));
  return (
    <InterfaceTableSection
      title="Edge GRE interfaces"
      addLabel="Add GRE interface"
      noun="GRE interface"
      what="the GRE interfaces"
      empty="No edge GRE interfaces."
      query={interfaces}
      columns={['Inside address', 'Local → remote', 'TTL', 'MTU']}
      subtitle={(item) =>
        `${item.endpoint_name ?? ''}${item.description ? ` · ${item.description}` : ''}`
      }
      cells={(item) => (
        <>
          <Table.Td ff="monospace">{addressOf(item)}</Table.Td>
          <Table.Td ff="monospace">
            {item.local_connection_ip ?? '—'} → {item.remote_connection_ip ?? '—'}
          </Table.Td>
          <Table.Td>{item.ttl ?? '—'}</Table.Td>
          <Table.Td>{item.mtu ?? '—'}</Table.Td>
        </>
      )}
      listKey={networkKeys.greInterfaces(connection.id)}
      itemKey={(id) => networkKeys.greInterface(connection.id, id)}
      remove={(item) => deleteGre(client, item.id)}
      confirmText={(item) => (
        <>
          Delete the GRE interface {item?.name} ({item?.endpoint_name}) to{' '}
          {item?.remote_connection_ip}? Routes through it stop working.
        </>
      )}
      dialog={(item, onClose) => <GreDialog {...(item ? { item } : {})} onClose={onClose} />}
    />
  );
}
