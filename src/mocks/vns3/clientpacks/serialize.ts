import { createHash } from 'node:crypto';
import type { Clientpack } from './state.ts';

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export const FILE_FORMATS = ['tarball', 'tar.gz', 'zip', 'conf', 'ovpn'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function packFile(
  pack: Clientpack,
  format: FileFormat,
): { body: string; name: string; type: string } {
  const config = [
    `# VNS3 clientpack ${pack.name} (generation ${pack.generation})`,
    'client',
    'dev tun',
    'proto udp',
    'remote 203.0.113.10 1194',
    `ifconfig-push ${pack.overlayIp}`,
    `comp-lzo ${pack.compression === 'on' ? 'yes' : 'no'}`,
    '',
  ].join('\n');
  switch (format) {
    case 'conf':
      return { body: config, name: `${pack.name}.conf`, type: 'text/plain' };
    case 'ovpn':
      return { body: config, name: `${pack.name}.ovpn`, type: 'application/x-openvpn-profile' };
    case 'zip':
      return { body: `PK-simulated\n${config}`, name: `${pack.name}.zip`, type: 'application/zip' };
    default:
      return {
        body: `tar-simulated\n${config}`,
        name: `${pack.name}.tar.gz`,
        type: 'application/gzip',
      };
  }
}

interface PackFiles {
  conf_sha1: string;
  ovpn_sha1: string;
  tarball_file: string;
  tarball_sha1: string;
  zip_file: string;
  zip_sha1: string;
}

/** File names and checksums only change with the pack's generation and compression. */
const fileCache = new Map<string, PackFiles>();

function filesOf(pack: Clientpack): PackFiles {
  const key = `${pack.name}:${pack.generation}:${pack.compression}`;
  const cached = fileCache.get(key);
  if (cached) return cached;
  const tarball = packFile(pack, 'tarball');
  const zip = packFile(pack, 'zip');
  const files = {
    conf_sha1: sha1(packFile(pack, 'conf').body),
    ovpn_sha1: sha1(packFile(pack, 'ovpn').body),
    tarball_file: tarball.name,
    tarball_sha1: sha1(tarball.body),
    zip_file: zip.name,
    zip_sha1: sha1(zip.body),
  };
  if (fileCache.size > 50_000) fileCache.clear();
  fileCache.set(key, files);
  return files;
}

export function serializePack(pack: Clientpack) {
  return {
    name: pack.name,
    overlay_ipaddress: pack.overlayIp,
    sequential_id: pack.sequentialId,
    enabled: pack.enabled,
    checked_out: pack.checkedOut,
    connected: pack.connected,
    status: pack.connected ? 'connected' : pack.enabled ? 'available' : 'disabled',
    ipaddress: pack.clientIp ?? '',
    manager_id: 1,
    compression: pack.compression,
    last_connect: iso(pack.lastConnect),
    last_disconnect: iso(pack.lastDisconnect),
    tags: pack.tags,
    ...filesOf(pack),
    linux_onefile: `${pack.name}.conf`,
    windows_onefile: `${pack.name}.ovpn`,
  };
}
