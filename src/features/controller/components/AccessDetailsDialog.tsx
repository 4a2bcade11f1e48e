import { Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type AccessUrl, type ApiToken, accessUrlQuery, tokenQuery } from '../api/access';
import { Facts } from './Facts';

const seconds = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value} s`;
const lastUsed = (at: string | null | undefined, ip: string | null | undefined) =>
  at ? `${at} from ${ip ?? '?'}` : 'Never';

/** One API token read afresh (GET /access/token/{id}); its value stays hidden. */
export function TokenDetailsDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const query = useQuery(tokenQuery(connection.id, client, token.id));
  return (
    <Modal opened onClose={onClose} title={`API token ${token.name}`} size="lg">
      <QueryBoundary query={query} what="the token">
        {(detail) => (
          <Facts
            label={`Details of ${detail.name}`}
            rows={[
              ['ID', detail.id],
              ['Created', `${detail.created_at ?? '—'} from ${detail.created_ip ?? '?'}`],
              ['Expires', detail.expires_at],
              ['Lifetime', seconds(detail.lifetime)],
              ['Refreshes on use', detail.refreshes ? 'Yes' : 'No'],
              ['Last used', lastUsed(detail.last_accessed_at, detail.last_accessed_ip)],
              ['State', detail.expired ? 'Expired' : 'Active'],
            ]}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}

/** One access URL read afresh (GET /access/url/{id}). */
export function AccessUrlDetailsDialog({ url, onClose }: { url: AccessUrl; onClose: () => void }) {
  const { connection, client } = useConnectionClient();
  const query = useQuery(accessUrlQuery(connection.id, client, url.id));
  return (
    <Modal opened onClose={onClose} title={`Access URL ${url.name}`} size="lg">
      <QueryBoundary query={query} what="the access URL">
        {(detail) => (
          <Facts
            label={`Details of ${detail.name}`}
            rows={[
              ['ID', detail.id],
              ['URL', detail.url],
              ['Description', detail.description || '—'],
              ['Access', detail.access === 'rs' ? 'Remote support' : detail.access],
              ['Created', `${detail.created_at ?? '—'} from ${detail.created_ip ?? '?'}`],
              ['Expires', detail.expires_at],
              ['Lifetime', seconds(detail.lifetime)],
              ['Last used', lastUsed(detail.last_accessed_at, detail.last_accessed_ip)],
              ['State', detail.expired ? 'Expired' : 'Active'],
            ]}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}
