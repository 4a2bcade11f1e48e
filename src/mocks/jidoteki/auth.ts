import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { QueryParams } from './params.ts';
import type { JidotekiState } from './state.ts';

export const API_PREFIX = '/api/v1/admin/';

export type ApiMethod = 'GET' | 'POST';

const PICOLISP_READ_PREFIXES = ['+', '$', '-', '_'];

export function tokenKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function requestHash(key: string, method: ApiMethod, endpoint: string): string {
  const message = `${method}${API_PREFIX}${normalizeEndpoint(endpoint)}`;
  return createHmac('sha256', Buffer.from(key, 'ascii')).update(message, 'utf8').digest('hex');
}

export function hashForToken(token: string, method: ApiMethod, endpoint: string): string {
  return requestHash(tokenKey(token), method, endpoint);
}

export function normalizeEndpoint(endpoint: string): string {
  const path = endpoint.split('?')[0] ?? '';
  const trimmed = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
  return trimmed.replace(/^\/+/, '').replace(/\/+$/, '');
}

export function isAuthenticated(
  state: JidotekiState,
  method: ApiMethod,
  endpoint: string,
  query: QueryParams,
): boolean {
  if (state.token === null) return false;
  const hash = query.get('hash');
  if (hash && hash.value !== '') {
    return safeEqual(hash.value, hashForToken(state.token, method, endpoint));
  }
  const token = query.get('token');
  if (!token || token.value === '') return false;
  if (PICOLISP_READ_PREFIXES.some((prefix) => token.raw.startsWith(prefix))) return false;
  return safeEqual(token.value, state.token);
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
