import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useConnectionClient } from '@/auth/useConnectionClient';
import { type DeviceListParams, PER_PAGE_OPTIONS, SORT_FIELDS } from '../api/listParams';
import { tagsQuery } from '../api/tags';

const SEARCH_DELAY_MS = 300;

/** Search (debounced), tag, sort, order and page size; every change goes back to page 1. */
export function DeviceFilters({
  params,
  onChange,
}: {
  params: DeviceListParams;
  onChange: (change: Partial<DeviceListParams>) => void;
}) {
  const { connection, client } = useConnectionClient();
  const tags = useQuery(tagsQuery(connection.id, client));
  const [search, setSearch] = useState(params.search);
  const [prevParamSearch, setPrevParamSearch] = useState(params.search);
  if (prevParamSearch !== params.search) {
    setPrevParamSearch(params.search);
    setSearch(params.search);
  }

  useEffect(() => {
    if (search === params.search) return;
    const timer = setTimeout(() => onChange({ search, page: 1 }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, params.search, onChange]);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search by name"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={240}
      />
      <Select
        label="Tag"
        placeholder="Any tag"
        data={tags.data ?? []}
        value={params.tag || null}
        clearable
        searchable
        onChange={(value) => onChange({ tag: value ?? '', page: 1 })}
        w={180}
      />
      <Select
        label="Sort by"
        data={SORT_FIELDS.map((field) => ({ ...field }))}
        value={params.sortBy}
        allowDeselect={false}
        onChange={(value) => {
          const field = SORT_FIELDS.find((one) => one.value === value);
          if (field) onChange({ sortBy: field.value, page: 1 });
        }}
        w={160}
      />
      <Select
        label="Order"
        data={[
          { value: 'desc', label: 'Descending' },
          { value: 'asc', label: 'Ascending' },
        ]}
        value={params.orderBy}
        allowDeselect={false}
        onChange={(value) =>
          (value === 'asc' || value === 'desc') && onChange({ orderBy: value, page: 1 })
        }
        w={140}
      />
      <Select
        label="Per page"
        data={[...PER_PAGE_OPTIONS]}
        value={String(params.perPage)}
        allowDeselect={false}
        onChange={(value) => value && onChange({ perPage: Number(value), page: 1 })}
        w={110}
      />
    </Group>
  );
}
