import { Anchor, Badge, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ServerText } from '@/components/ServerText';
import type { Device } from '../api/schemas';
import { Facts } from './Facts';
import { formatUnix } from './time';
import { useGatewayPaths } from './usePaths';

/** Pretty JSON when the device reported JSON, else its text as it is. */
function reported(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function DeviceOverview({ device }: { device: Device }) {
  const paths = useGatewayPaths();
  const failed = device.status ? /fail/i.test(device.status.status) : false;
  return (
    <Stack>
      <Facts
        items={[
          ['UUID', device.uuid],
          ['Tag', device.tag],
          ['Target', device.target],
          [
            'Configured update',
            device['update-name'] ? (
              <Anchor
                component={Link}
                to={paths.update(device.tag, device['update-name'])}
                size="sm"
              >
                {device.tag}/{device['update-name']}
              </Anchor>
            ) : (
              'Not in a rollout: add the device to a rollout of an update'
            ),
          ],
          ['Apps', (device.apps ?? []).join(', ')],
          ['Created', formatUnix(device['created-at'])],
          ['Last seen', formatUnix(device['last-seen'])],
          [
            'Status',
            device.status ? (
              <Badge variant="light" color={failed ? 'red' : 'teal'}>
                {device.status.status}
              </Badge>
            ) : (
              ''
            ),
          ],
          ['OSTree hash', device['ostree-hash']],
        ]}
      />
      <Title order={2} size="h4">
        Network
      </Title>
      <ServerText
        label="Network info"
        text={reported(device['network-info']) || '—'}
        maxHeight={200}
      />
      <Title order={2} size="h4">
        Hardware
      </Title>
      <ServerText
        label="Hardware info"
        text={reported(device['hardware-info']) || '—'}
        maxHeight={200}
      />
      <Title order={2} size="h4">
        aktualizr-lite configuration
      </Title>
      <ServerText label="aktualizr toml" text={device['aktualizr-toml'] || '—'} maxHeight={200} />
      <Title order={2} size="h4">
        Public key
      </Title>
      <ServerText label="Public key" text={device.pubkey || '—'} maxHeight={160} />
    </Stack>
  );
}
