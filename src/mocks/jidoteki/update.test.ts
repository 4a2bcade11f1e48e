// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { control, getJson, newInstance, send, snapshot, updatePackage } from './test-helpers.ts';

const STEP = 300;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-15T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

function advance(steps: number): void {
  vi.setSystemTime(Date.now() + steps * STEP);
}

interface UpdateStatus {
  status: string | null;
  percentage?: number;
  log: string | null;
  'error-code'?: string;
  'error-message'?: string;
}

const status = (id: string) => getJson(id, 'update') as Promise<UpdateStatus>;

describe('jidoteki updates', () => {
  it('reports null status and no log before any update', async () => {
    const id = newInstance();
    expect(await status(id)).toEqual({ status: null, log: null });
    expect((await send(id, 'GET', 'update/log')).status).toBe(404);
  });

  it('runs a valid package to success and applies its version', async () => {
    const id = newInstance();
    const response = await send(id, 'POST', 'update', {
      form: { update: updatePackage('', '1.1.0') },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('Location')).toBe('/api/v1/admin/update');
    expect(await response.json()).toEqual({
      Status: '202 Accepted',
      Location: '/api/v1/admin/update',
    });

    const seen: number[] = [];
    let current = await status(id);
    while (current.status === 'running') {
      seen.push(current.percentage ?? -1);
      advance(1);
      current = await status(id);
    }
    expect(seen).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(current.status).toBe('success');
    expect(current.percentage).toBe(100);
    expect(current.log).not.toContain('\n');
    const lines = (current.log ?? '').split('\\n');
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toMatch(/^\[\d+\]\[SYSTEM\] Update successful$/);
    expect(current).not.toHaveProperty('error-code');

    expect(await getJson(id, 'version')).toEqual({ version: '1.1.0' });
    expect(await (await send(id, 'GET', 'changelog')).text()).toContain('## 1.1.0 (2025-01-15)');
    const log = await send(id, 'GET', 'update/log');
    expect(log.headers.get('Content-Type')).toBe('text/plain');
    expect((await log.text()).split('\n')).toHaveLength(10);
  });

  it('fails an undecryptable package with E1005 at 20%', async () => {
    const id = newInstance();
    await send(id, 'POST', 'update', { form: { update: updatePackage('CORRUPT') } });
    advance(1);
    const current = await status(id);
    expect(current).toEqual({
      status: 'failed',
      percentage: 20,
      log: expect.stringContaining('\\n'),
      'error-message': 'Error decrypting software update package',
      'error-code': 'E1005',
    });
    expect(current.log).not.toContain('\n');
    expect(current.log?.split('\\n').at(-1)).toMatch(/Failed updating system\. Cleaning up\.\.$/);
    advance(10);
    expect((await status(id)).status).toBe('failed');
  });

  it('treats a file that is not openssl output as undecryptable', async () => {
    const id = newInstance();
    await send(id, 'POST', 'update', { form: { update: new Blob(['hello']) } });
    advance(1);
    expect((await status(id))['error-code']).toBe('E1005');
  });

  it('fails an old package with E1001 and a failing script with E1002', async () => {
    const old = newInstance();
    await send(old, 'POST', 'update', { form: { update: updatePackage('OLDVERSION') } });
    advance(8);
    expect(await status(old)).toMatchObject({
      status: 'failed',
      percentage: 50,
      'error-code': 'E1001',
      'error-message': 'software update package v0.9.0 is too old.',
    });

    const script = newInstance();
    await send(script, 'POST', 'update', { form: { update: updatePackage('FAILSCRIPT') } });
    advance(8);
    expect(await status(script)).toMatchObject({
      status: 'failed',
      percentage: 70,
      'error-code': 'E1002',
      'error-message': 'Error running update',
    });
    expect(await getJson(script, 'version')).toEqual({ version: '1.0.0' });
  });

  it('surfaces E1004 when a second update starts while one runs', async () => {
    const id = newInstance();
    await send(id, 'POST', 'update', { form: { update: updatePackage('', '1.2.0') } });
    advance(2);
    const second = await send(id, 'POST', 'update', { form: { update: updatePackage() } });
    expect(second.status).toBe(202);
    expect(await status(id)).toMatchObject({
      status: 'failed',
      percentage: 30,
      'error-code': 'E1004',
      'error-message': 'Update is already running',
    });
    advance(10);
    expect(await status(id)).toMatchObject({ status: 'success', percentage: 100 });
    expect(await getJson(id, 'version')).toEqual({ version: '1.2.0' });
  });

  it('rejects a missing or empty package with 400 and counts it', async () => {
    const id = newInstance();
    const empty = await send(id, 'POST', 'update', { form: { update: new Blob([]) } });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ Status: '400 Bad Request' });
    const text = await send(id, 'POST', 'update', { form: { update: 'not-a-file' } });
    expect(text.status).toBe(400);
    expect((await snapshot(id)).rejectedForValidation).toBe(2);
  });

  it('runs at the configured job speed', async () => {
    const id = newInstance();
    await control(id, { jobStepMs: 1000 });
    await send(id, 'POST', 'update', { form: { update: updatePackage() } });
    advance(3);
    expect((await status(id)).percentage).toBe(10);
    advance(1);
    expect((await status(id)).percentage).toBe(20);
  });
});
