import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fetchCall, jsonResponse, stubFetch } from '@/test/fetchStub';
import { SchemaError } from '../errors';
import { createJidotekiClient } from './client';
import { endpointName, fetchEndpoints } from './endpoints';
import { jidotekiTokenSchema, newTokenFields, postSetup, tokensMatch } from './setup';

describe('endpointName', () => {
  it.each([
    ['/api/v1/admin/update/log', 'update/log'],
    ['/api/v1/admin/version', 'version'],
    ['/api/v1/admin/backup/restore', 'backup/restore'],
    ['/docs', '/docs'],
    ['/api/v1/adminx/version', '/api/v1/adminx/version'],
    ['/api/v1/admin', '/api/v1/admin'],
    ['settings', 'settings'],
  ])('%j → %j', (path, name) => {
    expect(endpointName(path)).toBe(name);
  });
});

describe('fetchEndpoints', () => {
  it('GETs /endpoints and returns the names', async () => {
    const fetchMock = stubFetch(
      jsonResponse({
        endpoints: ['/api/v1/admin/backup', '/api/v1/admin/update/log', '/docs'],
      }),
    );
    const client = createJidotekiClient({ baseUrl: 'https://a.example' }, null);
    await expect(fetchEndpoints(client)).resolves.toEqual(['backup', 'update/log', '/docs']);
    expect(fetchCall(fetchMock).url.pathname).toBe('/api/v1/admin/endpoints');
  });

  it('rejects a response without an endpoints list', async () => {
    stubFetch(jsonResponse({ endpoints: 'all' }));
    const client = createJidotekiClient({ baseUrl: 'https://a.example' }, null);
    await expect(fetchEndpoints(client)).rejects.toBeInstanceOf(SchemaError);
  });
});

describe('jidotekiTokenSchema', () => {
  const PRINTABLE = Array.from({ length: 126 - 33 + 1 }, (_, i) =>
    String.fromCharCode(33 + i),
  ).join('');

  it.each([
    ['one character', 'a'],
    ['255 characters', 'x'.repeat(255)],
    ['every printable ASCII character', PRINTABLE],
    ['a token starting with -', '-abc'],
    ['symbols', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ])('accepts %s', (_label, token) => {
    expect(jidotekiTokenSchema.safeParse(token).success).toBe(true);
  });

  it('covers exactly 94 characters, codes 33 to 126', () => {
    expect(PRINTABLE).toHaveLength(94);
    expect(PRINTABLE.startsWith('!')).toBe(true);
    expect(PRINTABLE.endsWith('~')).toBe(true);
  });

  function messages(token: string): string[] {
    const result = jidotekiTokenSchema.safeParse(token);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  }

  it('rejects an empty token', () => {
    expect(messages('')).toEqual(['Enter a token']);
  });

  it('rejects 256 characters', () => {
    expect(messages('x'.repeat(256))).toEqual(['Use at most 255 characters']);
  });

  const ASCII_ONLY = 'Use printable ASCII characters only: no spaces, accents or emoji';

  it.each([
    ['a space', 'my token'],
    ['a leading space', ' token'],
    ['a tab', 'my\ttoken'],
    ['a newline', 'token\n'],
    ['DEL (127)', 'token\x7f'],
    ['é', 'résumé'],
    ['an emoji', 'token🔑'],
  ])('rejects %s', (_label, token) => {
    expect(messages(token)).toEqual([ASCII_ONLY]);
  });
});

describe('tokensMatch', () => {
  const form = z.object(newTokenFields).check(tokensMatch);

  it('accepts two equal tokens', () => {
    expect(form.safeParse({ newToken: 'abc!123', confirm: 'abc!123' }).success).toBe(true);
  });

  it('reports differing tokens on the confirm field', () => {
    const result = form.safeParse({ newToken: 'abc!123', confirm: 'abc!124' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['confirm'], message: 'The two tokens differ' }),
    ]);
  });

  it('compares exactly, case and whitespace included', () => {
    expect(form.safeParse({ newToken: 'Token', confirm: 'token' }).success).toBe(false);
    expect(form.safeParse({ newToken: 'Token', confirm: 'Token ' }).success).toBe(false);
    expect(form.safeParse({ newToken: 'Token', confirm: 'Token' }).success).toBe(true);
  });

  it('works with other fields on the form, as on the setup page', () => {
    const setup = z.object({ ...newTokenFields, remember: z.boolean() }).check(tokensMatch);
    expect(setup.safeParse({ newToken: 'a', confirm: 'a', remember: true }).success).toBe(true);
    const result = setup.safeParse({ newToken: 'a', confirm: 'b', remember: false });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['confirm']]);
  });

  it('still validates the new token itself', () => {
    const result = form.safeParse({ newToken: 'has space', confirm: 'has space' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['newToken']]);
  });
});

describe('postSetup', () => {
  it('POSTs newtoken as the only multipart field, with no extra query parameters', async () => {
    const fetchMock = stubFetch(jsonResponse({ Status: '200 OK' }));
    const client = createJidotekiClient({ baseUrl: 'https://a.example' }, null);
    await expect(postSetup(client, 'new-token!')).resolves.toEqual({ Status: '200 OK' });
    const { url, init } = fetchCall(fetchMock);
    expect(init.method).toBe('POST');
    expect(url.pathname).toBe('/api/v1/admin/setup');
    expect(url.search).toBe('');
    expect(init.body).toBeInstanceOf(FormData);
    const body = init.body as FormData;
    expect([...body.keys()]).toEqual(['newtoken']);
    expect(body.get('newtoken')).toBe('new-token!');
  });
});
