import { download } from '@/api/download';
import type { HttpClient } from '@/api/http';

/** Binary downloads need the Token header, so they are fetched and saved, not linked. */
export const DOWNLOADS = {
  linux: { path: '/api/bootstrap/linux', fallbackName: 'bootstrap.sh' },
  windows: { path: '/api/bootstrap/windows', fallbackName: 'bootstrap.ps1' },
  raw: { path: '/api/bootstrap/raw', fallbackName: 'openvpn_client-evon_server.conf' },
  ovpn: { path: '/api/ovpnclient/download', fallbackName: 'EvonHub.ovpn' },
} as const;

export type DownloadKind = keyof typeof DOWNLOADS;

export function downloadHubFile(client: HttpClient, kind: DownloadKind, signal?: AbortSignal) {
  return download(client, { ...DOWNLOADS[kind], signal });
}
