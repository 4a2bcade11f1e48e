import { z } from 'zod/mini';

/** ShellHub 0.17.1: a password has 5 to 30 characters. */
export const shellHubPasswordSchema = z
  .string()
  .check(z.minLength(5, 'Use at least 5 characters'), z.maxLength(30, 'Use at most 30 characters'));

/** The user id and token of a password-reset link (or the bare token with a separate id). */
export function parseResetLink(text: string): { uid: string; token: string } | null {
  try {
    const url = new URL(text.trim());
    const uid = url.searchParams.get('id');
    const token = url.searchParams.get('token');
    return uid && token ? { uid, token } : null;
  } catch {
    return null;
  }
}
