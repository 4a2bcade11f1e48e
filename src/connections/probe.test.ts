import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, SchemaError } from '@/api/errors';
import type { Credential } from '@/auth/credentials';
import { classifyProbeError, probeConnection } from './probe';

const target = { baseUrl: 'http://appliance.test/base' };
const origin = 'http://console.test';

function apiError(status: number, message: string, details: Record<string, unknown> = {}) {
  return new ApiError({
    status,
    statusText: status === 500 ? 'Internal Server Error' : 'Forbidden',
    message,
    body: null,
    headers: new Headers(),
    details,
  });
}

describe('classifyProbeError', () => {
  it('treats an unlicensed VNS3 controller as reachable and needing a licence, not a sign-in', () => {
    const error = apiError(403, 'Must be licensed first.', { errorName: 'PrerequisiteError' });
    expect(classifyProbeError('vns3', error, target, origin)).toEqual({
      state: 'needs-licence',
      message: '403 Must be licensed first.',
    });
  });

  it('asks for a sign-in on a 401, and on a VNS3 403 that is not about the licence', () => {
    expect(
      classifyProbeError('vns3', apiError(401, 'Invalid or expired token'), target, origin),
    ).toMatchObject({ state: 'needs-sign-in', message: '401 Invalid or expired token' });
    expect(classifyProbeError('jidoteki', apiError(403, 'Forbidden'), target, origin).state).toBe(
      'needs-sign-in',
    );
    expect(
      classifyProbeError('evon', apiError(403, 'Must be licensed first.'), target, origin).state,
    ).toBe('needs-sign-in');
  });

  it('says a first-run Jidoteki appliance needs its setup', () => {
    const error = apiError(403, 'No token', { firstRun: true });
    expect(classifyProbeError('jidoteki', error, target, origin).state).toBe('needs-setup');
  });

  it('counts a gateway token without the devices:read scope as online', () => {
    const error = apiError(403, 'User missing required scope(s): devices:read');
    expect(classifyProbeError('devicegw', error, target, origin)).toEqual({
      state: 'online',
      figure: 'User missing required scope(s): devices:read',
    });
  });

  it('shows the status and message of a server error', () => {
    const error = apiError(500, 'Simulated server fault');
    expect(classifyProbeError('shellhub', error, target, origin)).toEqual({
      state: 'error',
      message: '500 Internal Server Error: Simulated server fault',
    });
  });

  it('explains an unreachable backend, and reports a malformed answer as an error', () => {
    const unreachable = new NetworkError('unreachable', target.baseUrl);
    expect(classifyProbeError('evon', unreachable, target, origin)).toMatchObject({
      state: 'unreachable',
      message: expect.stringContaining('CORS') as string,
    });
    const malformed = new SchemaError('GET /info', ['version: expected string']);
    expect(classifyProbeError('shellhub', malformed, target, origin)).toMatchObject({
      state: 'error',
      message: expect.stringContaining('version') as string,
    });
  });
});

describe('probeConnection', () => {
  afterEach(() => vi.unstubAllGlobals());

  function answer(body: unknown, init: ResponseInit = {}) {
    const calls: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: URL) => {
        calls.push(new URL(url));
        return Promise.resolve(
          new Response(JSON.stringify(body), {
            status: 200,
            ...init,
            headers: { 'Content-Type': 'application/json', ...init.headers },
          }),
        );
      }),
    );
    return calls;
  }

  const cases: {
    kind: Parameters<typeof probeConnection>[0];
    credential: Credential;
    path: string;
    body: unknown;
    headers?: Record<string, string>;
    expected: { version?: string; figure: string };
  }[] = [
    {
      kind: 'jidoteki',
      credential: { kind: 'jidoteki', mode: 'token', token: 'demo-token' },
      path: '/base/api/v1/admin/health',
      body: {
        disk: { used: '3.4G', total: '234G', percentage: 2 },
        memory: { used: '260M', total: '1000M', percentage: 26 },
        cpu: { num: 1, load: '0.66, 0.28, 0.14', cpu5min: 0 },
      },
      expected: { figure: 'Load 0.66 · memory 26 % · disk 2 %' },
    },
    {
      kind: 'vns3',
      credential: { kind: 'vns3', password: 'pw' },
      path: '/base/api/status/system',
      body: { response: { vns3_version: '6.0.0', uptime: 7_260, loadavg: ['0.42', '0.4'] } },
      expected: { version: '6.0.0', figure: 'Up 2 h 1 min · load 0.42' },
    },
    {
      kind: 'shellhub',
      credential: { kind: 'shellhub', jwt: 'j' },
      path: '/base/info',
      body: { version: 'v0.17.1', endpoints: { ssh: 'localhost:22', api: 'localhost:80' } },
      expected: { version: '0.17.1', figure: 'SSH at localhost:22' },
    },
    {
      kind: 'evon',
      credential: { kind: 'evon', token: 't' },
      path: '/base/api/ping',
      body: { message: 'pong' },
      expected: { figure: 'Ping answered “pong”' },
    },
    {
      kind: 'devicegw',
      credential: { kind: 'devicegw', token: 't' },
      path: '/base/v1/devices',
      body: [{ uuid: 'a' }],
      headers: {
        Link: '<http://x/v1/devices?offset=0&limit=1>; rel="first", <http://x/v1/devices?offset=6&limit=1>; rel="last"',
        'x-version': 'v1.4.2',
      },
      expected: { version: '1.4.2', figure: '7 devices' },
    },
  ];

  it.each(cases)('asks the $kind health endpoint and reads its figure', async (c) => {
    const calls = answer(c.body, { headers: c.headers ?? {} });
    const result = await probeConnection(c.kind, target, c.credential);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.pathname).toBe(c.path);
    expect(result).toMatchObject({ state: 'online', ...c.expected });
    expect(result.version).toBe(c.expected.version);
  });

  it('classifies the error answer of the health endpoint', async () => {
    answer(
      { error: { name: 'PrerequisiteError', log: '1', message: 'Must be licensed first.' } },
      { status: 403 },
    );
    const result = await probeConnection('vns3', target, { kind: 'vns3', password: 'pw' });
    expect(result.state).toBe('needs-licence');
  });
});
