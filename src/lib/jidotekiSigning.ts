import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const JIDOTEKI_PREFIX = '/api/v1/admin/';

/** The secret the appliance derives from its token: lowercase hex of sha256(token). */
export function jidotekiKeyFromToken(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}

/**
 * HMAC for `?hash=`. The key is the 64-character hex string taken as ASCII bytes, not the
 * 32 raw digest bytes: that is what the appliance's `openssl dgst -hmac <hexkey>` does.
 */
export function jidotekiRequestHash(key: string, method: 'GET' | 'POST', endpoint: string): string {
  const message = `${method}${JIDOTEKI_PREFIX}${normalizeEndpoint(endpoint)}`;
  return bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(message)));
}

export function normalizeEndpoint(endpoint: string): string {
  const path = endpoint.split('?')[0] ?? '';
  return path.replace(/^\/+/, '').replace(/\/+$/, '');
}

export function isJidotekiKey(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
