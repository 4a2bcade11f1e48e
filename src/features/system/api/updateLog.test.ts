import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { fetchUpdateLog } from './updateLog';

const client = () => createJidotekiClient({ baseUrl: 'https://a.example' }, null);

describe('fetchUpdateLog', () => {
  it('GETs /update/log and returns the plain text as it is', async () => {
    const text =
      '[1433080791][SYSTEM] Updating system. Please wait..\n[1433080791][SYSTEM] Updating system successful\n';
    const fetchMock = stubFetch(new Response(text, { headers: { 'Content-Type': 'text/plain' } }));
    await expect(fetchUpdateLog(client())).resolves.toBe(text);
    expect(fetchCall(fetchMock).url.pathname).toBe('/api/v1/admin/update/log');
  });

  it('returns null when the appliance has no log yet (404)', async () => {
    stubFetch(jsonResponse({ Status: '404 Not Found' }, { status: 404 }));
    await expect(fetchUpdateLog(client())).resolves.toBeNull();
  });

  it('passes other errors on', async () => {
    stubFetch(
      jsonResponse(
        { Status: '403 Forbidden', 'Error-Message': 'Authentication error' },
        { status: 403 },
      ),
    );
    await expect(fetchUpdateLog(client())).rejects.toBeInstanceOf(ApiError);
  });
});
