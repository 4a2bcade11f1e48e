import { createHmac } from 'node:crypto';

/** The simulator signs HS256 with a fixed key; the console only decodes the claims. */
const SIGNING_KEY = 'switchboard-shellhub-simulator';
export const TOKEN_LIFETIME_SECONDS = 72 * 60 * 60;

export interface JwtClaims {
  claims: 'user';
  id: string;
  origin: 'local';
  tenant: string;
  name: string;
  mfa: boolean;
  admin: boolean;
  jti: string;
  iat: number;
  nbf: number;
  exp: number;
}

const base64url = (text: string | Buffer) => Buffer.from(text).toString('base64url');

function sign(input: string): string {
  return createHmac('sha256', SIGNING_KEY).update(input).digest('base64url');
}

let jtiCounter = 0;

export function issueJwt(
  subject: { id: string; username: string; tenant: string; mfa: boolean },
  nowMs: number,
  lifetimeSeconds = TOKEN_LIFETIME_SECONDS,
): string {
  const iat = Math.floor(nowMs / 1000);
  jtiCounter += 1;
  const claims: JwtClaims = {
    claims: 'user',
    id: subject.id,
    origin: 'local',
    tenant: subject.tenant,
    name: subject.username,
    mfa: subject.mfa,
    admin: false,
    jti: `${iat.toString(16)}-${jtiCounter}`,
    iat,
    nbf: iat,
    exp: iat + lifetimeSeconds,
  };
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify(claims));
  return `${head}.${body}.${sign(`${head}.${body}`)}`;
}

/** The claims of a token this simulator signed and that has not expired, or null. */
export function verifyJwt(token: string, nowMs: number): JwtClaims | null {
  const [head, body, signature] = token.split('.');
  if (!head || !body || !signature || sign(`${head}.${body}`) !== signature) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as JwtClaims;
    return claims.exp * 1000 > nowMs ? claims : null;
  } catch {
    return null;
  }
}
