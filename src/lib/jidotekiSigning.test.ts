import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  JIDOTEKI_PREFIX,
  isJidotekiKey,
  jidotekiKeyFromToken,
  jidotekiRequestHash,
  normalizeEndpoint,
} from './jidotekiSigning';

// Vectors from the Jidoteki Admin API doc, checked with openssl (see api-inventory notes).
const TOKEN = 'yourtoken';
const KEY = '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107';
const GET_VERSION = 'b714a60732e096ccef06e360eefe0f1ba4fa5d16ef7da726612e2026e5523241';
const POST_UPDATE = '2ffa79e0aee7f6ac294c19e53c51aa4a53a8279390ffb815a5a821eec1978136';
/** What HMAC keyed with the 32 raw digest bytes gives: the appliance rejects it. */
const GET_VERSION_RAW_KEY = 'cd0a9bad66b217ae6f82cd1820e400cb4dacd1e75b3921b6cd31eeedf54daa9f';

describe('jidotekiKeyFromToken', () => {
  it('is the lowercase hex sha256 of the token', () => {
    expect(jidotekiKeyFromToken(TOKEN)).toBe(KEY);
  });

  it('hashes the UTF-8 bytes of the token', () => {
    expect(jidotekiKeyFromToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('jidotekiRequestHash', () => {
  it('matches the documented GET /version vector', () => {
    expect(jidotekiRequestHash(KEY, 'GET', 'version')).toBe(GET_VERSION);
  });

  it('matches the documented POST /update vector', () => {
    expect(jidotekiRequestHash(KEY, 'POST', 'update')).toBe(POST_UPDATE);
  });

  it('uses the hex key as ASCII bytes, not the raw digest bytes', () => {
    const hash = jidotekiRequestHash(KEY, 'GET', 'version');
    expect(hash).not.toBe(GET_VERSION_RAW_KEY);
    // The wrong variant really is what raw-byte keying produces, so the assertion above has teeth.
    const rawKeyed = bytesToHex(
      hmac(sha256, hexToBytes(KEY), utf8ToBytes(`GET${JIDOTEKI_PREFIX}version`)),
    );
    expect(rawKeyed).toBe(GET_VERSION_RAW_KEY);
  });

  it('depends on the method', () => {
    expect(jidotekiRequestHash(KEY, 'POST', 'version')).not.toBe(GET_VERSION);
    expect(jidotekiRequestHash(KEY, 'GET', 'update')).not.toBe(POST_UPDATE);
  });

  it('signs METHOD + /api/v1/admin/ + endpoint', () => {
    const expected = bytesToHex(
      hmac(sha256, utf8ToBytes(KEY), utf8ToBytes('GET/api/v1/admin/update/log')),
    );
    expect(jidotekiRequestHash(KEY, 'GET', 'update/log')).toBe(expected);
  });

  it.each(['/update/log/', 'update/log/', '/update/log', 'update/log?x=1', '//update/log//'])(
    'normalises %j to the same signature as update/log',
    (endpoint) => {
      expect(jidotekiRequestHash(KEY, 'GET', endpoint)).toBe(
        jidotekiRequestHash(KEY, 'GET', 'update/log'),
      );
    },
  );
});

describe('normalizeEndpoint', () => {
  it.each([
    ['/update/log/', 'update/log'],
    ['update/log?x=1', 'update/log'],
    ['/version', 'version'],
    ['backup/restore', 'backup/restore'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEndpoint(input)).toBe(expected);
  });

  it('drops the trailing slash before a query string', () => {
    expect(normalizeEndpoint('/update/log/?x=1')).toBe('update/log');
  });
});

describe('isJidotekiKey', () => {
  it('accepts 64 lowercase hex characters', () => {
    expect(isJidotekiKey(KEY)).toBe(true);
  });

  it.each([KEY.toUpperCase(), KEY.slice(1), `${KEY}0`, TOKEN, ''])('rejects %j', (value) => {
    expect(isJidotekiKey(value)).toBe(false);
  });
});
