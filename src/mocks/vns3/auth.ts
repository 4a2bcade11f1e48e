import type { Vns3State } from './state.ts';

function decodeBasic(value: string): { user: string; password: string } | null {
  try {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  } catch {
    return null;
  }
}

/** Basic `api:<API password>`, an `api-token` header, or `Authorization: Bearer <token>`. */
export function isAuthenticated(state: Vns3State, request: Request, now: number): boolean {
  const authorization = request.headers.get('Authorization')?.trim() ?? '';
  const basic = /^basic\s+(.+)$/i.exec(authorization);
  if (basic?.[1]) {
    const credentials = decodeBasic(basic[1]);
    return credentials?.user === 'api' && credentials.password === state.apiPassword;
  }
  const bearer = /^bearer\s+(.+)$/i.exec(authorization)?.[1];
  const value = bearer ?? request.headers.get('api-token');
  if (!value) return false;
  const token = state.apiTokens.get(value);
  if (!token || token.expired || token.expiresAt <= now) return false;
  token.lastAccessedAt = now;
  return true;
}
