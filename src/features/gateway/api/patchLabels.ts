import type { HttpClient } from '@/api/http';
import { gw } from './paths';

export interface LabelChanges {
  Upserts?: Record<string, string>;
  Deletes?: string[];
}

/** PATCH /v1/devices/{uuid}/labels: upserts and deletes some labels. */
export async function patchLabels(client: HttpClient, uuid: string, changes: LabelChanges) {
  await client.send({
    method: 'PATCH',
    path: gw.deviceData(uuid, 'labels'),
    body: { ...changes },
  });
}
