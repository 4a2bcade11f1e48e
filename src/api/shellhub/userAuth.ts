import { z } from 'zod/mini';

/** ShellHub's `userAuth`: what login, the MFA step, recovery and a namespace switch answer. */
export const userAuthSchema = z.object({
  token: z.string(),
  id: z.string(),
  user: z.string(),
  name: z.string(),
  email: z.string(),
  recovery_email: z.optional(z.string()),
  tenant: z.string(),
  role: z.optional(z.string()),
  mfa: z.boolean(),
});

export type UserAuth = z.infer<typeof userAuthSchema>;

/** The claims the console reads from a ShellHub JWT; it never checks the signature. */
export interface JwtClaims {
  id?: string;
  tenant?: string;
  name?: string;
  exp?: number;
}

export function decodeJwt(token: string): JwtClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
    const claims = JSON.parse(json) as unknown;
    return typeof claims === 'object' && claims !== null ? (claims as JwtClaims) : null;
  } catch {
    return null;
  }
}

/** Milliseconds since the epoch at which the token expires, or null without an `exp`. */
export function jwtExpiresAt(token: string): number | null {
  const exp = decodeJwt(token)?.exp;
  return typeof exp === 'number' ? exp * 1000 : null;
}
