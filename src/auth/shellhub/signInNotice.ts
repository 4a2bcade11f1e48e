/**
 * A message for the next ShellHub sign-in page of a connection, e.g. after the account was
 * deleted: the session guard sends there on its own, and the sign-in page has no toasts.
 */
const notices = new Map<string, string>();

export function leaveSignInNotice(connectionId: string, text: string) {
  notices.set(connectionId, text);
}

export function signInNoticeFor(connectionId: string): string | null {
  return notices.get(connectionId) ?? null;
}

/** Called once the page showed it: later visits do not repeat it. */
export function clearSignInNotice(connectionId: string) {
  notices.delete(connectionId);
}
