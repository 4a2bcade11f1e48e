import { describe, expect, it } from 'vitest';
import { isRunning } from './containers';
import { snapshotRows } from './snapshots';

describe('controller response helpers', () => {
  it('turns the snapshot map into rows, newest first', () => {
    const rows = snapshotRows({
      latest_snapshot: 'b',
      snapshots: {
        a: {
          created_at: '2026-01-01T00:00:00Z',
          size: 10,
          sha1_checksum: null,
          status: 'finished_ok',
        },
        b: {
          created_at: '2026-02-01T00:00:00Z',
          size: 20,
          sha1_checksum: null,
          status: 'finished_ok',
        },
      },
    });
    expect(rows.map((row) => row.name)).toEqual(['b', 'a']);
    expect(rows[0]).toMatchObject({ name: 'b', size: 20 });
  });

  it('reads the container system state as a boolean or a string', () => {
    expect(isRunning(true)).toBe(true);
    expect(isRunning('true')).toBe(true);
    expect(isRunning('running')).toBe(true);
    expect(isRunning(false)).toBe(false);
    expect(isRunning('stopped')).toBe(false);
  });
});
