import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { vns3Json, vns3Path } from '@/api/vns3/envelope';

/** POST /ipsec `{restart: true}`: restarts the IPsec subsystem; every tunnel drops briefly. */
export async function restartIpsec(client: HttpClient): Promise<void> {
  await vns3Json(
    client,
    { method: 'POST', path: vns3Path('/ipsec'), body: { restart: true } },
    z.unknown(),
  );
}
