import type { StorageType } from '../api/storage';
import type { StorageField } from '../api/storageSettings';

export const STORAGE_TYPE_LABELS: Record<StorageType, string> = {
  local: 'Local disk',
  nfs: 'NFS (Network File System)',
  aoe: 'AoE (ATA over Ethernet)',
  iscsi: 'iSCSI',
  nbd: 'NBD (Network Block Device)',
};

export const STORAGE_FIELD_LABELS: Record<StorageField, string> &
  Record<string, string | undefined> = {
  ip: 'Server IP address',
  share: 'Share path',
  mount_options: 'Mount options',
  device: 'Device',
  target: 'Target',
  username: 'Username',
  password: 'Password',
  export_name: 'Export name',
  port: 'Port',
};
