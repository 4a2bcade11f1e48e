import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './auditEntry';
import { NO_FILTER, filterAudit } from './filter';

const base: AuditEntry = {
  id: '',
  at: '2025-01-01T00:00:00.000Z',
  connectionId: 'lab',
  connectionName: 'Lab',
  method: 'POST',
  path: '/api/v1/admin/settings',
  status: 200,
  outcome: 'ok',
  durationMs: 1,
};
const entries: AuditEntry[] = [
  { ...base, id: '1' },
  {
    ...base,
    id: '2',
    method: 'DELETE',
    path: '/v1/devices/d1',
    connectionId: 'gw',
    connectionName: 'Gateway',
    status: 404,
    outcome: 'failed',
  },
  { ...base, id: '3', method: 'PUT', status: 503, outcome: 'failed' },
  { ...base, id: '4', status: null, outcome: 'network-error' },
];

const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterAudit(entries, { ...NO_FILTER, ...filter }).map((e) => e.id);

describe('filterAudit', () => {
  it('lists newest first without filters', () => {
    expect(ids({})).toEqual(['4', '3', '2', '1']);
  });

  it('filters by connection, method and status class', () => {
    expect(ids({ connectionId: 'gw' })).toEqual(['2']);
    expect(ids({ method: 'PUT' })).toEqual(['3']);
    expect(ids({ status: '2xx' })).toEqual(['1']);
    expect(ids({ status: '4xx' })).toEqual(['2']);
    expect(ids({ status: '5xx' })).toEqual(['3']);
    expect(ids({ status: 'no-response' })).toEqual(['4']);
  });

  it('matches every word of the text against path, connection and outcome', () => {
    expect(ids({ text: 'devices gateway' })).toEqual(['2']);
    expect(ids({ text: 'SETTINGS failed' })).toEqual(['3']);
    expect(ids({ text: 'nothing-like-this' })).toEqual([]);
  });
});
