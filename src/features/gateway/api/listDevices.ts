import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { type HttpClient, parseBody, parseWith } from '@/api/http';
import { gatewayKeys } from './keys';
import { type PageRef, pageRefOf, parseLinkHeader } from './link';
import { gw } from './paths';
import { type DeviceListItem, deviceListItemSchema } from './schemas';

export const ORDER_BY_OPTIONS = [
  { value: 'name-asc', label: 'Name (A–Z)' },
  { value: 'name-desc', label: 'Name (Z–A)' },
  { value: 'uuid-asc', label: 'UUID (ascending)' },
  { value: 'uuid-desc', label: 'UUID (descending)' },
  { value: 'created-at-asc', label: 'Created (oldest first)' },
  { value: 'created-at-desc', label: 'Created (newest first)' },
  { value: 'last-seen-asc', label: 'Last seen (longest ago first)' },
  { value: 'last-seen-desc', label: 'Last seen (most recent first)' },
] as const;

export type OrderBy = (typeof ORDER_BY_OPTIONS)[number]['value'];

export function isOrderBy(value: string | null): value is OrderBy {
  return ORDER_BY_OPTIONS.some((option) => option.value === value);
}

export interface DevicePage {
  devices: DeviceListItem[];
  first: PageRef | null;
  next: PageRef | null;
  last: PageRef | null;
}

export interface DevicePageRequest {
  offset: number;
  limit: number;
  orderBy: OrderBy;
}

/** GET /v1/devices: one page; the Link header says where the first, next and last pages are. */
export async function fetchDevicePage(
  client: HttpClient,
  page: DevicePageRequest,
  signal?: AbortSignal,
): Promise<DevicePage> {
  const response = await client.send({
    path: gw.devices,
    query: { offset: String(page.offset), limit: String(page.limit), 'order-by': page.orderBy },
    signal,
  });
  const devices = parseWith(
    z.nullable(z.array(deviceListItemSchema)),
    await parseBody(response),
    'GET /v1/devices',
  );
  const links = parseLinkHeader(response.headers.get('Link'));
  return {
    devices: devices ?? [],
    first: pageRefOf(links.first),
    next: pageRefOf(links.next),
    last: pageRefOf(links.last),
  };
}

export function devicePageQuery(connectionId: string, client: HttpClient, page: DevicePageRequest) {
  return queryOptions({
    queryKey: gatewayKeys.devicePage(connectionId, page),
    queryFn: ({ signal }) => fetchDevicePage(client, page, signal),
    placeholderData: keepPreviousData,
  });
}
