import type { HttpClient } from '@/api/http';
import { userAuthSchema } from '@/api/shellhub/userAuth';

/** `GET /api/token/{tenant}` (the seed's older route): a fresh token for the same namespace. */
export function renewToken(client: HttpClient, tenant: string) {
  return client.json({ path: `/api/token/${encodeURIComponent(tenant)}` }, userAuthSchema);
}
