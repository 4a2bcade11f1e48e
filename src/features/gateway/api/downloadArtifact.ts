import { download } from '@/api/download';
import type { HttpClient } from '@/api/http';
import { gw } from './paths';

export function downloadArtifact(client: HttpClient, uuid: string, testId: string, name: string) {
  return download(client, { path: gw.deviceData(uuid, 'tests', testId, name), fallbackName: name });
}
