import { Badge } from '@mantine/core';

export function TunnelStatusBadge({
  enabled,
  connected,
}: {
  enabled: boolean;
  connected: boolean | null;
}) {
  if (!enabled) {
    return (
      <Badge color="gray" variant="light">
        Disabled
      </Badge>
    );
  }
  if (connected === null) {
    return (
      <Badge color="gray" variant="outline">
        Unknown
      </Badge>
    );
  }
  return (
    <Badge color={connected ? 'teal' : 'red'} variant="light">
      {connected ? 'Connected' : 'Down'}
    </Badge>
  );
}
