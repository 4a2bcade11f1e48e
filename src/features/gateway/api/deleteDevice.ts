import type { HttpClient } from '@/api/http';
import { gw } from './paths';

/** DELETE /v1/devices/{uuid}: the device goes on the denied list; its stored data is destroyed. */
export async function deleteDevice(client: HttpClient, uuid: string): Promise<void> {
  await client.send({ method: 'DELETE', path: gw.device(uuid) });
}
