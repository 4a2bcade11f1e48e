import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError } from '@/api/errors';
import type { HttpClient } from '@/api/http';
import { jidotekiPath } from '@/api/jidoteki/client';
import { systemKeys } from './keys';

/** The storage types the API knows (API doc, "Settings validation (storage)"). */
export const STORAGE_TYPES = ['local', 'nfs', 'aoe', 'iscsi', 'nbd'] as const;

export type StorageType = (typeof STORAGE_TYPES)[number];

export function isStorageType(value: string): value is StorageType {
  return (STORAGE_TYPES as readonly string[]).includes(value);
}

/** GET /storage: the current settings and the types this appliance offers. */
export const storageSchema = z.object({
  storage: z.looseObject({ type: z.string() }),
  options: z.array(z.string()),
});

export type StorageInfo = z.infer<typeof storageSchema>;

/** 404 means no storage.json or no storage-options.json on the appliance: null here. */
export async function fetchStorage(
  client: HttpClient,
  signal?: AbortSignal,
): Promise<StorageInfo | null> {
  try {
    return await client.json({ path: jidotekiPath('storage'), signal }, storageSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function storageQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: systemKeys.storage(connectionId),
    queryFn: ({ signal }) => fetchStorage(client, signal),
  });
}

/** The appliance's options that this console can configure, in the appliance's order. */
export function offeredStorageTypes(options: readonly string[]): StorageType[] {
  return [...new Set(options.filter(isStorageType))];
}
