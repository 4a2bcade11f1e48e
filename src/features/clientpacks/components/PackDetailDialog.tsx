import { Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { QueryBoundary } from '@/components/QueryBoundary';
import { type ClientpackDetail, clientpackDetailQuery } from '../api/clientpackDetail';

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'Yes' : 'No');

function facts(pack: ClientpackDetail): [string, ReactNode][] {
  return [
    ['Overlay IP', pack.overlay_ipaddress],
    ['Status', pack.status],
    ['Enabled', yesNo(pack.enabled)],
    ['Checked out', yesNo(pack.checked_out)],
    ['Connected', yesNo(pack.connected)],
    ['Client IP', pack.ipaddress],
    ['Last connect', pack.last_connect],
    ['Last disconnect', pack.last_disconnect],
    ['Compression', pack.compression],
    ['Sequential id', pack.sequential_id],
    ['Controller', pack.manager_id],
    [
      'Tags',
      Object.entries(pack.tags ?? {})
        .map(([key, value]) => `${key}=${value}`)
        .join(', '),
    ],
    ['Linux file', pack.linux_onefile],
    ['Windows file', pack.windows_onefile],
    ['Tarball', pack.tarball_file],
    ['Zip', pack.zip_file],
    ['.conf SHA-1', pack.conf_sha1],
    ['.ovpn SHA-1', pack.ovpn_sha1],
    ['Tarball SHA-1', pack.tarball_sha1],
    ['Zip SHA-1', pack.zip_sha1],
  ];
}

/** GET /clientpacks/{name}: everything the controller knows about one pack. */
export function PackDetailDialog({ name, onClose }: { name: string | null; onClose: () => void }) {
  return (
    <Modal opened={name !== null} onClose={onClose} size="lg" title={`Clientpack ${name ?? ''}`}>
      {name ? <PackDetail name={name} /> : null}
    </Modal>
  );
}

function PackDetail({ name }: { name: string }) {
  const { connection, client } = useConnectionClient();
  const detail = useQuery(clientpackDetailQuery(connection.id, client, name));
  return (
    <QueryBoundary query={detail} what="the clientpack" skeletonHeight={320}>
      {(pack) => (
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
          {facts(pack).map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text component="dt" size="xs" c="dimmed" fw={600}>
                {label}
              </Text>
              <Text
                component="dd"
                size="sm"
                m={0}
                ff={label.endsWith('SHA-1') ? 'monospace' : undefined}
                style={{ overflowWrap: 'anywhere' }}
              >
                {value === null || value === undefined || value === '' ? '—' : value}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </QueryBoundary>
  );
}
