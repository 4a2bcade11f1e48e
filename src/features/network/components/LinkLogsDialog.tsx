import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ServerText } from '@/components/ServerText';
import { type Link, linkLogsQuery } from '../api/links';

export function LinkLogsDialog({ link, onClose }: { link: Link; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const logs = useQuery(linkLogsQuery(connection.id, client, link.id));
  return (
    <Modal opened onClose={onClose} title={`Log of ${link.name}`} size="xl">
      <QueryBoundary query={logs} what="the link log">
        {(lines) => (
          <ServerText
            label={`Log of ${link.name}`}
            text={lines.length ? lines.join('\n') : '(empty)'}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}
