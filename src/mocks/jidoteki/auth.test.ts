// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashForToken, normalizeEndpoint, requestHash, tokenKey } from './auth.ts';

describe('jidoteki hash authentication', () => {
  it('derives the hex key from the token', () => {
    expect(tokenKey('yourtoken')).toBe(
      '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107',
    );
  });

  it('matches the documented GET /version vector', () => {
    expect(requestHash(tokenKey('yourtoken'), 'GET', 'version')).toBe(
      'b714a60732e096ccef06e360eefe0f1ba4fa5d16ef7da726612e2026e5523241',
    );
  });

  it('matches the POST /update vector verified on the real server', () => {
    expect(hashForToken('yourtoken', 'POST', 'update')).toBe(
      '2ffa79e0aee7f6ac294c19e53c51aa4a53a8279390ffb815a5a821eec1978136',
    );
  });

  it('signs the endpoint without prefix, query string or trailing slash', () => {
    expect(normalizeEndpoint('/api/v1/admin/update/log/?hash=x')).toBe('update/log');
    expect(hashForToken('yourtoken', 'GET', '/update/log/')).toBe(
      hashForToken('yourtoken', 'GET', 'update/log'),
    );
  });
});
