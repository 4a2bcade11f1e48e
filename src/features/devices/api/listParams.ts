import type { DeviceStatus } from './schemas';

export const LIST_STATUSES = ['accepted', 'pending', 'rejected'] as const satisfies DeviceStatus[];
export type ListStatus = (typeof LIST_STATUSES)[number];

export const SORT_FIELDS = [
  { value: 'last_seen', label: 'Last seen' },
  { value: 'name', label: 'Name' },
  { value: 'online', label: 'Online first' },
  { value: 'created_at', label: 'Created' },
] as const;
export type SortField = (typeof SORT_FIELDS)[number]['value'];

export const PER_PAGE_OPTIONS = ['10', '25', '50', '100'] as const;

export interface DeviceListParams {
  status: ListStatus;
  search: string;
  tag: string;
  sortBy: SortField;
  orderBy: 'asc' | 'desc';
  page: number;
  perPage: number;
}

export const DEFAULT_LIST_PARAMS: DeviceListParams = {
  status: 'accepted',
  search: '',
  tag: '',
  sortBy: 'last_seen',
  orderBy: 'desc',
  page: 1,
  perPage: 25,
};

function positive(raw: string | null, fallback: number, max: number): number {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/** The list's state lives in the URL; anything unknown falls back to the default. */
export function readListParams(search: URLSearchParams): DeviceListParams {
  const status = search.get('status');
  const sortBy = search.get('sort');
  const order = search.get('order');
  return {
    status: LIST_STATUSES.find((one) => one === status) ?? DEFAULT_LIST_PARAMS.status,
    search: search.get('q') ?? '',
    tag: search.get('tag') ?? '',
    sortBy: SORT_FIELDS.find((one) => one.value === sortBy)?.value ?? DEFAULT_LIST_PARAMS.sortBy,
    orderBy: order === 'asc' || order === 'desc' ? order : DEFAULT_LIST_PARAMS.orderBy,
    page: positive(search.get('page'), 1, 1_000_000),
    perPage: PER_PAGE_OPTIONS.includes(search.get('per_page') as never)
      ? Number(search.get('per_page'))
      : DEFAULT_LIST_PARAMS.perPage,
  };
}

/** Only what differs from the default goes in the URL. */
export function writeListParams(params: DeviceListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.status !== DEFAULT_LIST_PARAMS.status) out.set('status', params.status);
  if (params.search) out.set('q', params.search);
  if (params.tag) out.set('tag', params.tag);
  if (params.sortBy !== DEFAULT_LIST_PARAMS.sortBy) out.set('sort', params.sortBy);
  if (params.orderBy !== DEFAULT_LIST_PARAMS.orderBy) out.set('order', params.orderBy);
  if (params.page !== 1) out.set('page', String(params.page));
  if (params.perPage !== DEFAULT_LIST_PARAMS.perPage) out.set('per_page', String(params.perPage));
  return out;
}
