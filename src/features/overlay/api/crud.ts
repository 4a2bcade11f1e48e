import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { overlayKeys } from './keys';
import { fetchAll, fetchPage } from './paged';

/** A hub list endpoint (`/api/<name>`) and its detail endpoint (`/api/<name>/{id}`). */
export interface Collection<T extends z.core.$ZodType> {
  name: string;
  path: string;
  item: T;
}

export function collection<T extends z.core.$ZodType>(name: string, item: T): Collection<T> {
  return { name, path: `/api/${name}`, item };
}

export function pageQuery<T extends z.core.$ZodType>(
  connectionId: string,
  client: HttpClient,
  resource: Collection<T>,
  page: number,
) {
  return queryOptions({
    queryKey: overlayKeys.page(connectionId, resource.name, page),
    queryFn: ({ signal }) => fetchPage(client, resource.path, resource.item, page, signal),
    placeholderData: (previous) => previous,
  });
}

export function allQuery<T extends z.core.$ZodType>(
  connectionId: string,
  client: HttpClient,
  resource: Collection<T>,
) {
  return queryOptions({
    queryKey: overlayKeys.everything(connectionId, resource.name),
    queryFn: ({ signal }) => fetchAll(client, resource.path, resource.item, signal),
  });
}

/** GET /api/<name>/{id}: the current object, so an edit form never starts from a stale row. */
export function retrieveItem<T extends z.core.$ZodType>(
  client: HttpClient,
  resource: Collection<T>,
  id: number,
  signal?: AbortSignal,
): Promise<z.infer<T>> {
  return client.json({ path: `${resource.path}/${id}`, signal }, resource.item);
}

export function itemQuery<T extends z.core.$ZodType>(
  connectionId: string,
  client: HttpClient,
  resource: Collection<T>,
  id: number,
) {
  return queryOptions({
    queryKey: overlayKeys.detail(connectionId, resource.name, id),
    queryFn: ({ signal }) => retrieveItem(client, resource, id, signal),
    // Fetched each time an edit dialog opens; a cached copy would be the stale row again.
    staleTime: 0,
    gcTime: 0,
  });
}

export function createItem<T extends z.core.$ZodType>(
  client: HttpClient,
  resource: Collection<T>,
  body: Record<string, unknown>,
): Promise<z.infer<T>> {
  return client.json({ method: 'POST', path: resource.path, body }, resource.item);
}

/** PATCH, the hub allows no PUT. */
export function updateItem<T extends z.core.$ZodType>(
  client: HttpClient,
  resource: Collection<T>,
  id: number,
  body: Record<string, unknown>,
): Promise<z.infer<T>> {
  return client.json({ method: 'PATCH', path: `${resource.path}/${id}`, body }, resource.item);
}

export async function deleteItem(
  client: HttpClient,
  resource: Collection<z.core.$ZodType>,
  id: number,
): Promise<void> {
  await client.send({ method: 'DELETE', path: `${resource.path}/${id}` });
}
