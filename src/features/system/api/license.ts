import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

/** GET /license and the 200 of POST /license: the output of the appliance's license.sh. */
export const licenseSchema = z.object({
  app: z.string(),
  users: z.union([z.number(), z.string()]),
  expires: z.string(),
  name: z.string(),
  contact: z.string(),
});

export type License = z.infer<typeof licenseSchema>;

/** The installed license, or null when the appliance has none (404). */
export async function fetchLicense(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<License | null> {
  try {
    return await client.json({ path: jidotekiPath('license'), signal }, licenseSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function licenseQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.license(connectionId),
    queryFn: ({ signal }) => fetchLicense(client, signal),
  });
}

export function sameLicense(a: License | null, b: License | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.app === b.app &&
    String(a.users) === String(b.users) &&
    a.expires === b.expires &&
    a.name === b.name &&
    a.contact === b.contact
  );
}
