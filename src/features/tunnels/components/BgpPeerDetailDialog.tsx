import { Code, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { bgpPeerQuery } from '../api/bgpPeer';
import type { BgpPeer, Endpoint } from '../api/ipsec';

/** The verbose view of one eBGP peer: its settings and the live session detail. */
export function BgpPeerDetailDialog({
  endpoint,
  peer,
  onClose,
}: {
  endpoint: Endpoint;
  peer: BgpPeer;
  onClose: () => void;
}) {
  const { connection, client } = useConnectionClient();
  const detail = useQuery(bgpPeerQuery(connection.id, client, endpoint.id, peer.id));
  return (
    <Modal opened onClose={onClose} size="lg" title={`eBGP peer ${peer.ipaddress}`}>
      <QueryBoundary query={detail} what="the eBGP peer" skeletonHeight={240}>
        {(loaded) => {
          const facts: [string, ReactNode][] = [
            ['Peer IP', loaded.ipaddress],
            ['ASN', loaded.asn],
            ['Local ASN alias', loaded.local_asn_alias],
            ['Hold time', loaded.hold_time === undefined ? null : `${loaded.hold_time} s`],
            [
              'Keepalive interval',
              loaded.keepalive_interval === undefined ? null : `${loaded.keepalive_interval} s`,
            ],
            [
              'Network distance',
              loaded.add_network_distance
                ? `${loaded.add_network_distance_hops ?? 0} hops ${loaded.add_network_distance_direction ?? ''}`
                : 'Not added',
            ],
            ['Password', loaded.bgp_password ? 'Set' : 'None'],
          ];
          return (
            <Stack>
              <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
                {facts.map(([label, value]) => (
                  <Stack key={label} gap={0}>
                    <Text component="dt" size="xs" c="dimmed" fw={600}>
                      {label}
                    </Text>
                    <Text component="dd" size="sm" m={0}>
                      {value === null || value === undefined || value === '' ? '—' : value}
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
              <Text size="sm" fw={600}>
                Access list
              </Text>
              {loaded.access_list ? (
                <Code block>{loaded.access_list}</Code>
              ) : (
                <Text size="sm" c="dimmed">
                  None: every route is accepted and advertised.
                </Text>
              )}
              <Text size="sm" fw={600}>
                Session detail
              </Text>
              {loaded.connection_detail ? (
                <Code block>{loaded.connection_detail}</Code>
              ) : (
                <Text size="sm" c="dimmed">
                  The controller reported no session detail.
                </Text>
              )}
            </Stack>
          );
        }}
      </QueryBoundary>
    </Modal>
  );
}
