import { ApiError } from '@/api/errors';
import type { UserAuth } from '@/api/shellhub/userAuth';

/** Where the ShellHub sign-in is. Each step renders one form. */
export type SignInStep =
  | { name: 'password' }
  | { name: 'mfa'; identifier: string; mfaToken: string }
  | { name: 'recovery-code'; identifier: string }
  | { name: 'recovered'; auth: UserAuth; expiresAt: number | null }
  | { name: 'reset-request'; identifier: string }
  | { name: 'reset-verify'; identifier: string; resetId: string }
  | { name: 'locked'; identifier: string; until: number }
  | { name: 'unconfirmed'; identifier: string }
  | { name: 'awaiting-approval' }
  | { name: 'forgot-password' }
  | { name: 'set-password'; uid: string; token: string }
  | { name: 'sign-up' }
  | { name: 'setup'; sign: string };

export type LoginFailure =
  | { kind: 'mfa'; mfaToken: string }
  | { kind: 'locked'; until: number }
  | { kind: 'unconfirmed' }
  | { kind: 'awaiting-approval' }
  | { kind: 'wrong-credentials' }
  | { kind: 'other' };

/** Reads `POST /api/login`'s error: the MFA token, the lockout end, or the status. */
export function classifyLoginFailure(error: unknown, now = Date.now()): LoginFailure {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  const mfaToken = error.headers.get('X-MFA-Token');
  if (error.status === 401 && mfaToken) return { kind: 'mfa', mfaToken };
  if (error.status === 401) return { kind: 'wrong-credentials' };
  if (error.status === 429) {
    const seconds = Number(error.headers.get('X-Account-Lockout'));
    return {
      kind: 'locked',
      until: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : now,
    };
  }
  if (error.status === 403) return { kind: 'unconfirmed' };
  if (error.status === 423) return { kind: 'awaiting-approval' };
  return { kind: 'other' };
}

export type SignInEvent =
  | { type: 'login-failed'; identifier: string; failure: LoginFailure }
  | { type: 'use-recovery-code' }
  | { type: 'lost-everything' }
  | { type: 'reset-requested'; resetId: string }
  | { type: 'recovered'; auth: UserAuth; expiresAt: number | null }
  | { type: 'forgot-password' }
  | { type: 'sign-up' }
  | { type: 'lockout-over' }
  | { type: 'back' };

const identifierOf = (step: SignInStep): string => ('identifier' in step ? step.identifier : '');

/**
 * Where the sign-in page starts: the landing page of the e-mailed MFA-reset link
 * (`?reset-mfa=<user id>`) goes straight to the two codes; `?sign-up` opens the sign-up form;
 * `?setup=<signature>` (the URL the server's setup script prints) opens the first-run setup.
 */
export function initialStep(params: URLSearchParams): SignInStep {
  const resetId = params.get('reset-mfa');
  if (resetId) return { name: 'reset-verify', identifier: '', resetId };
  if (params.has('sign-up')) return { name: 'sign-up' };
  const sign = params.get('setup');
  if (sign) return { name: 'setup', sign };
  return { name: 'password' };
}

/** The next step; events that do not apply to the current step leave it unchanged. */
export function nextStep(step: SignInStep, event: SignInEvent): SignInStep {
  switch (event.type) {
    case 'login-failed': {
      if (step.name !== 'password') return step;
      const { failure, identifier } = event;
      if (failure.kind === 'mfa') return { name: 'mfa', identifier, mfaToken: failure.mfaToken };
      if (failure.kind === 'locked') return { name: 'locked', identifier, until: failure.until };
      if (failure.kind === 'unconfirmed') return { name: 'unconfirmed', identifier };
      if (failure.kind === 'awaiting-approval') return { name: 'awaiting-approval' };
      return step;
    }
    case 'use-recovery-code':
      return step.name === 'mfa' ? { name: 'recovery-code', identifier: step.identifier } : step;
    case 'lost-everything':
      return step.name === 'mfa' || step.name === 'recovery-code'
        ? { name: 'reset-request', identifier: step.identifier }
        : step;
    case 'reset-requested':
      return step.name === 'reset-request'
        ? { name: 'reset-verify', identifier: step.identifier, resetId: event.resetId }
        : step;
    case 'recovered':
      return step.name === 'recovery-code'
        ? { name: 'recovered', auth: event.auth, expiresAt: event.expiresAt }
        : step;
    case 'forgot-password':
      return step.name === 'password' || step.name === 'locked'
        ? { name: 'forgot-password' }
        : step;
    case 'sign-up':
      return step.name === 'password' ? { name: 'sign-up' } : step;
    case 'lockout-over':
      return step.name === 'locked' ? { name: 'password' } : step;
    case 'back':
      return identifierOf(step) || step.name !== 'password' ? { name: 'password' } : step;
  }
}
