import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';

/** GET /reboot: 202 at once; the appliance backs up, then reboots in the background. */
export async function requestReboot(client: HttpClient, signal?: AbortSignal): Promise<void> {
  await client.send({ path: jidotekiPath('reboot'), signal });
}
