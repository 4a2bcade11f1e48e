import { randomBytes } from 'node:crypto';
import type { ShellHubState } from '../state.ts';

export function sendMail(
  state: ShellHubState,
  to: string,
  subject: string,
  body: string,
  now: number,
) {
  state.account.mailbox.push({ to, subject, body, sentAt: now });
  if (state.account.mailbox.length > 50) state.account.mailbox.shift();
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomCode(length: number): string {
  return [...randomBytes(length)]
    .map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length])
    .join('');
}
