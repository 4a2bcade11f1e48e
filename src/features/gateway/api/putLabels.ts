import type { HttpClient } from '@/api/http';
import { gw } from './paths';

/** PUT /v1/devices/{uuid}/labels: replaces all labels. */
export async function putLabels(client: HttpClient, uuid: string, labels: Record<string, string>) {
  await client.send({ method: 'PUT', path: gw.deviceData(uuid, 'labels'), body: labels });
}
