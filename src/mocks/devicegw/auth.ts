import type { DeviceGatewayState, Token } from './state.ts';

export const BAD_TOKEN_WINDOW_MS = 60_000;

/** `Authorization: Bearer <token>` (scheme case-insensitive), or fioctl's `OSF-TOKEN`. */
export function tokenFromRequest(request: Request): string | null {
  const authorization = request.headers.get('Authorization');
  if (authorization) {
    const match = /^bearer\s+(.+)$/i.exec(authorization.trim());
    return match?.[1]?.trim() ?? '';
  }
  return request.headers.get('OSF-TOKEN');
}

export type AuthResult =
  { ok: true; token: Token } | { ok: false; status: 401 | 429; text: string };

export function authenticate(state: DeviceGatewayState, request: Request, now: number): AuthResult {
  state.badTokens = state.badTokens.filter((at) => at > now - BAD_TOKEN_WINDOW_MS);
  if (state.badTokens.length >= state.badTokenLimit) {
    return { ok: false, status: 429, text: 'Too many requests' };
  }
  const value = tokenFromRequest(request);
  const token = value ? state.tokens.get(value) : undefined;
  if (!token || (token.expiresAt !== null && token.expiresAt <= now)) {
    state.badTokens.push(now);
    return { ok: false, status: 401, text: 'Invalid token' };
  }
  return { ok: true, token };
}
