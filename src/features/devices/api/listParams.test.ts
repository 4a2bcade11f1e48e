import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PARAMS, readListParams, writeListParams } from './listParams';

describe('device list URL params', () => {
  it('round-trips every field and keeps defaults out of the URL', () => {
    const params = {
      status: 'pending',
      search: 'oslo',
      tag: 'lab',
      sortBy: 'name',
      orderBy: 'asc',
      page: 3,
      perPage: 100,
    } as const;
    const written = writeListParams(params);
    expect(written.toString()).toBe(
      'status=pending&q=oslo&tag=lab&sort=name&order=asc&page=3&per_page=100',
    );
    expect(readListParams(written)).toEqual(params);
    expect(writeListParams(DEFAULT_LIST_PARAMS).toString()).toBe('');
  });

  it('falls back to defaults for values it does not know', () => {
    const read = readListParams(
      new URLSearchParams('status=removed&sort=colour&order=up&page=-2&per_page=1000'),
    );
    expect(read).toEqual(DEFAULT_LIST_PARAMS);
  });
});
