import { Alert, Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Vns3Prerequisite, isBlocked, vns3ConfigQuery } from '@/api/vns3/config';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { ErrorState } from '../ErrorState';

/**
 * Reads GET /config and explains a missing licence or keyset instead of letting the page fill
 * with 403 "Must be licensed first." errors. With children, it renders them only once what the
 * page `needs` is in place, so the page makes no request the controller would refuse.
 */
export function PrerequisiteBanner({
  needs = 'license',
  before,
  children,
}: {
  needs?: Vns3Prerequisite;
  /** Shown under the banner whatever the state (e.g. cards that need no licence). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  const { connection, client } = useConnectionClient();
  const config = useQuery(vns3ConfigQuery(connection.id, client));
  const base = `/c/${connection.id}/controller`;

  if (config.isPending) {
    return children ? (
      <Skeleton height={120} radius="md" aria-label="Loading the controller state" />
    ) : null;
  }
  if (config.isError) {
    return (
      <ErrorState
        error={config.error}
        what="the controller configuration"
        onRetry={() => void config.refetch()}
      />
    );
  }
  const { licensed, keyset_present: keysetPresent = true } = config.data;
  const blocked = isBlocked(config.data, needs);

  let banner: ReactNode = null;
  if (!licensed) {
    banner = (
      <Alert color="yellow" variant="light" title="This controller is not licensed yet">
        <Stack gap={4}>
          <Text size="sm">
            Until a licence is installed, the controller refuses its IPsec, routing, peering,
            firewall and status calls with “403 Must be licensed first.”
          </Text>
          <Text size="sm">
            1. Upload the licence file and accept its topology on{' '}
            <Anchor component={Link} to={`${base}/license`}>
              Controller licence
            </Anchor>
            . 2. Then generate the keyset on{' '}
            <Anchor component={Link} to={`${base}/keyset`}>
              Controller keyset
            </Anchor>
            .
          </Text>
        </Stack>
      </Alert>
    );
  } else if (!keysetPresent) {
    banner = (
      <Alert color="yellow" variant="light" title="This controller has no keyset yet">
        <Text size="sm">
          Clientpacks, overlay clients and peering need the keyset. Generate it on{' '}
          <Anchor component={Link} to={`${base}/keyset`}>
            Controller keyset
          </Anchor>{' '}
          with the same token on every controller of the topology.
        </Text>
      </Alert>
    );
  }

  return (
    <>
      {banner}
      {before}
      {blocked ? null : children}
    </>
  );
}
