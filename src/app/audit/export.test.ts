import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './auditEntry';
import { auditToCsv, auditToJson } from './export';

const entry: AuditEntry = {
  id: 'x1',
  at: '2025-01-01T00:00:00.000Z',
  connectionId: 'lab',
  connectionName: 'Lab, "north"',
  method: 'POST',
  path: '/api/v1/admin/settings',
  status: 200,
  outcome: 'ok',
  durationMs: 12,
};

describe('audit export', () => {
  it('writes CSV with a header, quoting commas and quotes', () => {
    expect(auditToCsv([entry, { ...entry, status: null, outcome: 'network-error' }])).toBe(
      'at,connectionId,connectionName,method,path,status,outcome,durationMs\r\n' +
        '2025-01-01T00:00:00.000Z,lab,"Lab, ""north""",POST,/api/v1/admin/settings,200,ok,12\r\n' +
        '2025-01-01T00:00:00.000Z,lab,"Lab, ""north""",POST,/api/v1/admin/settings,,network-error,12\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = auditToCsv([{ ...entry, connectionName: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes JSON without the internal id', () => {
    expect(JSON.parse(auditToJson([entry]))).toEqual([
      {
        at: entry.at,
        connectionId: 'lab',
        connectionName: 'Lab, "north"',
        method: 'POST',
        path: '/api/v1/admin/settings',
        status: 200,
        outcome: 'ok',
        durationMs: 12,
      },
    ]);
  });
});
