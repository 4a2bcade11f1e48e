import type { HttpClient } from '@/api/http';
import { type DownloadProgress, download } from '@/api/download';
import { vns3Path } from '@/api/vns3/envelope';

export type ExportType = 'plaintext' | 'json';

/** GET /v2/firewall/rules/export: the rules as a text or JSON file, optionally one group's. */
export function exportRules(
  client: HttpClient,
  options: { type: ExportType; group?: string | undefined },
  onProgress: (progress: DownloadProgress) => void,
) {
  return download(client, {
    path: vns3Path('/v2/firewall/rules/export'),
    query: { type: options.type, group: options.group || undefined },
    headers: { Accept: options.type === 'json' ? 'application/json' : 'text/plain' },
    fallbackName: options.type === 'json' ? 'firewall-rules.json' : 'firewall-rules.txt',
    onProgress,
  });
}
