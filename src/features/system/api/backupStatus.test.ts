import { describe, expect, it } from 'vitest';
import { backupStatusSchema } from './backupStatus';

/** The samples from the Jidoteki Admin API doc (GET /backup). */
const RUNNING = { status: 'running' };
const SUCCESS = {
  status: 'success',
  filesize: '128.0K',
  sha256: '6e31a817eb93270848e3c0b3c1d0c2bfa077fbb318f58a2bcbdec8f69f0dd420',
};
const FAILED = { status: 'failed' };

describe('backupStatusSchema', () => {
  it.each([
    ['running', RUNNING],
    ['success', SUCCESS],
    ['failed', FAILED],
  ])('parses the documented %s sample unchanged', (_label, data) => {
    expect(backupStatusSchema.parse(data)).toEqual(data);
  });

  it('accepts a size given as a number', () => {
    expect(backupStatusSchema.parse({ ...SUCCESS, filesize: 131072 }).filesize).toBe(131072);
  });

  it.each([
    ['no status', {}],
    ['a null status', { status: null }],
    ['an unknown status', { status: 'stopped' }],
    ['an upper-case status', { status: 'RUNNING' }],
    ['a numeric sha256', { ...SUCCESS, sha256: 6 }],
    ['the 202 envelope', { Status: '202 Accepted', Location: '/api/v1/admin/backup' }],
  ])('rejects %s', (_label, data) => {
    expect(backupStatusSchema.safeParse(data).success).toBe(false);
  });
});
