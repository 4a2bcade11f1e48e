import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '@/api/http';
import { type FilterElement, encodeFilter, fetchShellHubPage } from '@/api/shellhub/shdevices';
import { type ItemKind, basePath, shKeys } from './keys';
import type { DeviceListParams } from './listParams';
import { type DeviceStatus, deviceSchema } from './schemas';

export function deviceFilter(params: Pick<DeviceListParams, 'search' | 'tag'>): string | undefined {
  const elements: FilterElement[] = [];
  if (params.search.trim()) {
    elements.push({
      type: 'property',
      params: { name: 'name', operator: 'contains', value: params.search.trim() },
    });
  }
  if (params.tag) {
    elements.push({
      type: 'property',
      params: { name: 'tags', operator: 'eq', value: params.tag },
    });
  }
  if (elements.length === 2) elements.push({ type: 'operator', params: { name: 'and' } });
  return elements.length ? encodeFilter(elements) : undefined;
}

/** GET /api/devices (or /api/containers): one page, total in X-Total-Count. */
export function deviceListQuery(
  connectionId: string,
  client: HttpClient,
  kind: ItemKind,
  params: DeviceListParams,
) {
  return queryOptions({
    queryKey: shKeys.deviceList(connectionId, kind, params),
    queryFn: ({ signal }) =>
      fetchShellHubPage(
        client,
        basePath(kind),
        {
          status: params.status,
          filter: deviceFilter(params),
          sort_by: params.sortBy,
          order_by: params.orderBy,
          page: String(params.page),
          per_page: String(params.perPage),
        },
        deviceSchema,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/devices/{uid}. */
export function deviceQuery(connectionId: string, client: HttpClient, kind: ItemKind, uid: string) {
  return queryOptions({
    queryKey: shKeys.device(connectionId, kind, uid),
    queryFn: ({ signal }) =>
      client.json({ path: `${basePath(kind)}/${encodeURIComponent(uid)}`, signal }, deviceSchema),
  });
}

const at = (kind: ItemKind, uid: string, rest = '') =>
  `${basePath(kind)}/${encodeURIComponent(uid)}${rest}`;

/** PUT /api/devices/{uid} {name}. */
export async function renameDevice(client: HttpClient, kind: ItemKind, uid: string, name: string) {
  await client.send({ method: 'PUT', path: at(kind, uid), body: { name } });
}

/** PATCH /api/devices/{uid}/accept, or PATCH /api/devices/{uid}/{reject|pending|unused}. */
export async function setDeviceStatus(
  client: HttpClient,
  kind: ItemKind,
  uid: string,
  status: Extract<DeviceStatus, 'accepted' | 'rejected' | 'pending'>,
) {
  const word = { accepted: 'accept', rejected: 'reject', pending: 'pending' }[status];
  await client.send({ method: 'PATCH', path: at(kind, uid, `/${word}`) });
}

/** DELETE /api/devices/{uid}. */
export async function removeDevice(client: HttpClient, kind: ItemKind, uid: string) {
  await client.send({ method: 'DELETE', path: at(kind, uid) });
}

/** POST /api/devices/{uid}/tags {tag}. */
export async function addDeviceTag(client: HttpClient, kind: ItemKind, uid: string, tag: string) {
  await client.send({ method: 'POST', path: at(kind, uid, '/tags'), body: { tag } });
}

/** DELETE /api/devices/{uid}/tags/{tag}. */
export async function removeDeviceTag(
  client: HttpClient,
  kind: ItemKind,
  uid: string,
  tag: string,
) {
  await client.send({ method: 'DELETE', path: at(kind, uid, `/tags/${encodeURIComponent(tag)}`) });
}

/** PUT /api/devices/{uid}/tags {tags}: replaces the whole set. */
export async function setDeviceTags(
  client: HttpClient,
  kind: ItemKind,
  uid: string,
  tags: string[],
) {
  await client.send({ method: 'PUT', path: at(kind, uid, '/tags'), body: { tags } });
}
