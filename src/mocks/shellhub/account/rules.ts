/** ShellHub 0.17.1's documented field rules, shared by the profile and password routes. */
export const USERNAME_PATTERN = /^[a-zA-Z0-9-_.@]{3,30}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PASSWORD_MIN = 5;
export const PASSWORD_MAX = 30;
export const NAME_MAX = 64;

export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'is required';
  if (password.length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  return null;
}

/** Non-empty strings for each required field, or the fields that are missing. */
export function requireStrings<K extends string>(
  body: Record<string, unknown>,
  names: readonly K[],
): { ok: true; value: Record<K, string> } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const value = {} as Record<K, string>;
  for (const name of names) {
    const field = body[name];
    if (typeof field !== 'string' || field.trim() === '') fields[name] = 'is required';
    else value[name] = field;
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, value };
}
