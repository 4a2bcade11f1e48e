import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { packetMonitorQuery } from '../api/packetMonitors';
import { Facts } from './Facts';

/** One packet monitor read afresh (GET /packet_monitor/{name}). */
export function PacketMonitorDetailsDialog({
  name,
  onClose,
}: {
  name: string;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const query = useQuery(packetMonitorQuery(connection.id, client, name));
  return (
    <Modal opened onClose={onClose} title={`Packet monitor ${name}`} size="lg">
      <QueryBoundary query={query} what="the packet monitor">
        {(monitor) => (
          <Facts
            label={`Details of ${monitor.name}`}
            rows={[
              ['Type', monitor.type],
              ['Interface', monitor.interface],
              ['Filter', monitor.filter ?? 'None'],
              ['Duration', monitor.duration],
              ['Destination', monitor.destination],
              ['Status', monitor.status ?? '—'],
            ]}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}
