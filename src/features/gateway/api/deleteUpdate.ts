import type { HttpClient } from '@/api/http';
import { gw } from './paths';

/** DELETE /v1/updates/{tag}/{update}: 409 while devices are still assigned to it. */
export async function deleteUpdate(client: HttpClient, tag: string, name: string): Promise<void> {
  await client.send({ method: 'DELETE', path: gw.update(tag, name) });
}
