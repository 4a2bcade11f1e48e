import { Badge } from '@mantine/core';
import type { DeviceStatus } from '../api/schemas';

const STATUS_COLOR: Record<DeviceStatus, string> = {
  accepted: 'teal',
  pending: 'yellow',
  rejected: 'red',
  removed: 'gray',
  unused: 'gray',
};

export function StatusBadge({ status }: { status: DeviceStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {status}
    </Badge>
  );
}

export function OnlineBadge({ online }: { online: boolean }) {
  return (
    <Badge color={online ? 'teal' : 'gray'} variant={online ? 'light' : 'outline'}>
      {online ? 'Online' : 'Offline'}
    </Badge>
  );
}

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return <>—</>;
  return (
    <>
      {tags.map((tag) => (
        <Badge key={tag} variant="default" mr={4} tt="none">
          {tag}
        </Badge>
      ))}
    </>
  );
}
