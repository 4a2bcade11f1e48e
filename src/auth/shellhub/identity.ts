/** A ShellHub member's role in the namespace the session is signed in to. */
export type ShellHubRole = 'observer' | 'operator' | 'administrator' | 'owner';

/**
 * The signed-in ShellHub identity of the current connection, or null when unknown (not a
 * ShellHub connection, or not signed in).
 */
export function useShellHubIdentity(): {
  tenant: string;
  role: ShellHubRole;
  username: string;
} | null {
  return null;
}
