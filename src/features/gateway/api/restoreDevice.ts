import type { HttpClient } from '@/api/http';
import { gw } from './paths';

/** DELETE /v1/denied-devices/{uuid}: 404 when the device is not on the denied list. */
export async function restoreDevice(client: HttpClient, uuid: string): Promise<void> {
  await client.send({ method: 'DELETE', path: gw.deniedDevice(uuid) });
}
