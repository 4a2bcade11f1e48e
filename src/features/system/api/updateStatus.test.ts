import { describe, expect, it } from 'vitest';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { type JobStatus, jobStatusSchema } from '@/api/jidoteki/jobs';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import {
  ALREADY_RUNNING_FOLLOW_MS,
  START_GRACE_MS,
  fetchUpdateStatus,
  isAlreadyRunning,
  nextUpdatePoll,
} from './updateStatus';

/** The samples of the Jidoteki Admin API doc, section 3. */
const DOC_SUCCESS = {
  status: 'success',
  percentage: 100,
  log: '[1432140922][SYSTEM] Updating system successful',
};
const DOC_FAILED = {
  status: 'failed',
  percentage: 20,
  log: '[1432140922][SYSTEM] Failed updating...',
  'error-message': 'Missing update package',
  'error-code': 'E1003',
};
const NEVER_RAN = { status: null, log: null };

const running: JobStatus = { status: 'running', percentage: 40, log: 'a\\nb' };
const alreadyRunning: JobStatus = {
  status: 'failed',
  percentage: 40,
  log: 'a\\nb\\nUpdate is already running',
  'error-code': 'E1004',
  'error-message': 'Update is already running',
};
const idle = { now: 1_000_000, sent: null, alreadyRunningSince: null };

describe('fetchUpdateStatus', () => {
  it.each([
    ['success', DOC_SUCCESS],
    ['failed', DOC_FAILED],
    ['never ran', NEVER_RAN],
  ])('GETs /update and parses the documented %s answer', async (_label, body) => {
    const fetchMock = stubFetch(jsonResponse(body));
    const client = createJidotekiClient({ baseUrl: 'https://a.example' }, null);
    await expect(fetchUpdateStatus(client)).resolves.toEqual(body);
    const { url, init } = fetchCall(fetchMock);
    expect(url.pathname).toBe('/api/v1/admin/update');
    expect(url.search).toBe('');
    expect(init.method).toBe('GET');
  });

  it('rejects an unknown status value', () => {
    expect(jobStatusSchema.safeParse({ status: 'queued', log: null }).success).toBe(false);
  });
});

describe('isAlreadyRunning', () => {
  it('is true for E1004, failed or while the running update goes on', () => {
    expect(isAlreadyRunning(alreadyRunning)).toBe(true);
    expect(isAlreadyRunning({ ...alreadyRunning, status: 'running' })).toBe(true);
  });

  it('is false once the running update succeeded, and for other codes', () => {
    expect(isAlreadyRunning({ ...alreadyRunning, status: 'success' })).toBe(false);
    expect(isAlreadyRunning(jobStatusSchema.parse(DOC_FAILED))).toBe(false);
    expect(isAlreadyRunning(running)).toBe(false);
    expect(isAlreadyRunning(undefined)).toBe(false);
  });
});

describe('nextUpdatePoll', () => {
  it('polls every second while an update runs', () => {
    expect(nextUpdatePoll(running, idle)).toBe(1000);
  });

  it('stops on success, on failure and when no update ever ran', () => {
    expect(nextUpdatePoll(jobStatusSchema.parse(DOC_SUCCESS), idle)).toBe(false);
    expect(nextUpdatePoll(jobStatusSchema.parse(DOC_FAILED), idle)).toBe(false);
    expect(nextUpdatePoll(jobStatusSchema.parse(NEVER_RAN), idle)).toBe(false);
    expect(nextUpdatePoll(undefined, idle)).toBe(false);
  });

  it('keeps following a refused second update (E1004) for 10 minutes', () => {
    const since = idle.now;
    expect(nextUpdatePoll(alreadyRunning, { ...idle, alreadyRunningSince: since })).toBe(1000);
    expect(
      nextUpdatePoll(alreadyRunning, {
        ...idle,
        now: since + ALREADY_RUNNING_FOLLOW_MS - 1,
        alreadyRunningSince: since,
      }),
    ).toBe(1000);
    expect(
      nextUpdatePoll(alreadyRunning, {
        ...idle,
        now: since + ALREADY_RUNNING_FOLLOW_MS,
        alreadyRunningSince: since,
      }),
    ).toBe(false);
  });

  it('keeps asking after a 202 while the answer is still the one from before the package', () => {
    const before = jobStatusSchema.parse(DOC_SUCCESS);
    const sent = { sentAt: idle.now, logBefore: before.log };
    expect(nextUpdatePoll(before, { ...idle, sent })).toBe(1000);
    expect(nextUpdatePoll(before, { ...idle, now: idle.now + START_GRACE_MS, sent })).toBe(false);
    const finished = { ...before, log: `${before.log}\\n[1432140999][SYSTEM] Update successful` };
    expect(nextUpdatePoll(finished, { ...idle, sent })).toBe(false);
  });

  it('treats a missing log and a null log alike when comparing with the one before', () => {
    const sent = { sentAt: idle.now, logBefore: undefined };
    expect(nextUpdatePoll(jobStatusSchema.parse(NEVER_RAN), { ...idle, sent })).toBe(1000);
  });
});
