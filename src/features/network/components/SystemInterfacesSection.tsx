import { Button, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import type { NetworkInterface } from '../api/interfaces';
import { networkKeys } from '../api/keys';
import { deleteSystemInterface, systemInterfacesQuery } from '../api/systemInterfaces';
import { AddressesDialog } from './AddressesDialog';
import { InterfaceTableSection, addressOf } from './InterfaceTableSection';
import { SystemInterfaceDialog } from './SystemInterfaceDialog';

/** GET /interfaces/system with add, edit, delete and each interface's extra addresses. */
export function SystemInterfacesSection() {
  const { connection, client } = useConnectionClient();
  const interfaces = useQuery(systemInterfacesQuery(connection.id, client));
  const [addresses, setAddresses] = useState<NetworkInterface | null>(null);
  return (
    <InterfaceTableSection
      title="System interfaces"
      addLabel="Add system interface"
      noun="interface"
      what="the system interfaces"
      query={interfaces}
      columns={['Type', 'Address', 'External', 'Gateway', 'MTU']}
      subtitle={(item) => item.description ?? ''}
      cells={(item) => (
        <>
          <Table.Td>{item.interface_type === 'system_virtual' ? 'Virtual' : 'System'}</Table.Td>
          <Table.Td ff="monospace">{addressOf(item)}</Table.Td>
          <Table.Td ff="monospace">{item.ip_external ?? '—'}</Table.Td>
          <Table.Td ff="monospace">{item.gateway ?? '—'}</Table.Td>
          <Table.Td>{item.mtu ?? '—'}</Table.Td>
        </>
      )}
      extraActions={(item) => (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={`Addresses of ${item.name}`}
          onClick={() => setAddresses(item)}
        >
          Addresses
        </Button>
      )}
      locked={(item) => (item.system_default ? 'System default' : null)}
      listKey={networkKeys.systemInterfaces(connection.id)}
      itemKey={(id) => networkKeys.systemInterface(connection.id, id)}
      remove={(item) => deleteSystemInterface(client, item.id)}
      confirmText={(item) => (
        <>
          Delete the interface {item?.name}
          {item?.ip_internal ? ` (${item.ip_internal}/${item.mask_bits ?? '?'})` : ''}? Routes
          through it stop working.
        </>
      )}
      dialog={(item, onClose) => (
        <SystemInterfaceDialog {...(item ? { item } : {})} onClose={onClose} />
      )}
    >
      {addresses ? <AddressesDialog item={addresses} onClose={() => setAddresses(null)} /> : null}
    </InterfaceTableSection>
  );
}
