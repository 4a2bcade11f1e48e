import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import type { UserAuth } from '@/api/shellhub/userAuth';
import { AUTH_STRATEGIES } from '../strategies';
import { type SignInStep, classifyLoginFailure, initialStep, nextStep } from './signInMachine';

function apiError(status: number, headers: Record<string, string> = {}) {
  return new ApiError({
    status,
    statusText: '',
    message: 'm',
    body: null,
    headers: new Headers(headers),
  });
}

const auth: UserAuth = {
  token: 'a.b.c',
  id: 'u1',
  user: 'mia',
  name: 'Mia',
  email: 'mia@example.com',
  tenant: 't1',
  role: 'owner',
  mfa: true,
};

describe('classifyLoginFailure', () => {
  it('reads the MFA token, the lockout end and the statuses of POST /api/login', () => {
    expect(classifyLoginFailure(apiError(401, { 'X-MFA-Token': 'tok' }))).toEqual({
      kind: 'mfa',
      mfaToken: 'tok',
    });
    expect(classifyLoginFailure(apiError(401, { 'X-MFA-Token': '' }))).toEqual({
      kind: 'wrong-credentials',
    });
    expect(classifyLoginFailure(apiError(429, { 'X-Account-Lockout': '1700000100' }), 0)).toEqual({
      kind: 'locked',
      until: 1_700_000_100_000,
    });
    expect(classifyLoginFailure(apiError(429), 42)).toEqual({ kind: 'locked', until: 42 });
    expect(classifyLoginFailure(apiError(403))).toEqual({ kind: 'unconfirmed' });
    expect(classifyLoginFailure(apiError(423))).toEqual({ kind: 'awaiting-approval' });
    expect(classifyLoginFailure(apiError(500))).toEqual({ kind: 'other' });
    expect(classifyLoginFailure(new TypeError('offline'))).toEqual({ kind: 'other' });
  });
});

describe('nextStep', () => {
  const password: SignInStep = { name: 'password' };
  const mfa: SignInStep = { name: 'mfa', identifier: 'mia', mfaToken: 'tok' };

  it('moves from the password to the step the login failure asks for', () => {
    const fail = (failure: Parameters<typeof nextStep>[1] & { type: 'login-failed' }) =>
      nextStep(password, failure);
    expect(
      fail({ type: 'login-failed', identifier: 'mia', failure: { kind: 'mfa', mfaToken: 'tok' } }),
    ).toEqual(mfa);
    expect(
      fail({ type: 'login-failed', identifier: 'mia', failure: { kind: 'locked', until: 9 } }),
    ).toEqual({ name: 'locked', identifier: 'mia', until: 9 });
    expect(
      fail({ type: 'login-failed', identifier: 'una', failure: { kind: 'unconfirmed' } }),
    ).toEqual({ name: 'unconfirmed', identifier: 'una' });
    expect(
      fail({ type: 'login-failed', identifier: 'abe', failure: { kind: 'awaiting-approval' } }),
    ).toEqual({ name: 'awaiting-approval' });
    expect(
      fail({ type: 'login-failed', identifier: 'x', failure: { kind: 'wrong-credentials' } }),
    ).toBe(password);
  });

  it('walks the MFA alternatives: recovery code, then recovered; or the e-mail reset', () => {
    const recovery = nextStep(mfa, { type: 'use-recovery-code' });
    expect(recovery).toEqual({ name: 'recovery-code', identifier: 'mia' });
    expect(nextStep(recovery, { type: 'recovered', auth, expiresAt: 5 })).toEqual({
      name: 'recovered',
      auth,
      expiresAt: 5,
    });
    const reset = nextStep(recovery, { type: 'lost-everything' });
    expect(reset).toEqual({ name: 'reset-request', identifier: 'mia' });
    expect(nextStep(mfa, { type: 'lost-everything' })).toEqual(reset);
    expect(nextStep(reset, { type: 'reset-requested', resetId: 'r1' })).toEqual({
      name: 'reset-verify',
      identifier: 'mia',
      resetId: 'r1',
    });
  });

  it('ignores events that do not belong to the current step', () => {
    expect(nextStep(password, { type: 'use-recovery-code' })).toBe(password);
    expect(nextStep(password, { type: 'recovered', auth, expiresAt: null })).toBe(password);
    expect(nextStep(mfa, { type: 'reset-requested', resetId: 'r' })).toBe(mfa);
    expect(nextStep(mfa, { type: 'lockout-over' })).toBe(mfa);
    expect(
      nextStep(mfa, { type: 'login-failed', identifier: 'x', failure: { kind: 'unconfirmed' } }),
    ).toBe(mfa);
  });

  it('returns to the password form after a lockout, on back, and offers password recovery', () => {
    const locked: SignInStep = { name: 'locked', identifier: 'mia', until: 1 };
    expect(nextStep(locked, { type: 'lockout-over' })).toEqual(password);
    expect(nextStep(mfa, { type: 'back' })).toEqual(password);
    expect(nextStep(password, { type: 'back' })).toBe(password);
    expect(nextStep(password, { type: 'forgot-password' })).toEqual({ name: 'forgot-password' });
    expect(nextStep(locked, { type: 'forgot-password' })).toEqual({ name: 'forgot-password' });
  });
});

describe('ShellHub strategy', () => {
  it('ends the session on a 401 without X-MFA-Token only', () => {
    const { endsSession } = AUTH_STRATEGIES.shellhub;
    expect(endsSession(apiError(401))).toEqual({ reason: 'rejected', message: '401 m' });
    expect(endsSession(apiError(401, { 'X-MFA-Token': 'tok' }))).toBeNull();
    expect(endsSession(apiError(403))).toBeNull();
  });
});

describe('initialStep', () => {
  it('lands on the two codes for an MFA-reset link, or on the sign-up form', () => {
    expect(initialStep(new URLSearchParams('reset-mfa=u1&next=%2Fc%2Fx%2Fdevices'))).toEqual({
      name: 'reset-verify',
      identifier: '',
      resetId: 'u1',
    });
    expect(initialStep(new URLSearchParams('sign-up'))).toEqual({ name: 'sign-up' });
    expect(initialStep(new URLSearchParams('setup=sig-1'))).toEqual({
      name: 'setup',
      sign: 'sig-1',
    });
    expect(initialStep(new URLSearchParams('reset-mfa='))).toEqual({ name: 'password' });
    expect(initialStep(new URLSearchParams(''))).toEqual({ name: 'password' });
  });

  it('opens sign-up from the password step only, and goes back from it', () => {
    expect(nextStep({ name: 'password' }, { type: 'sign-up' })).toEqual({ name: 'sign-up' });
    const mfa: SignInStep = { name: 'mfa', identifier: 'x', mfaToken: 't' };
    expect(nextStep(mfa, { type: 'sign-up' })).toBe(mfa);
    expect(nextStep({ name: 'sign-up' }, { type: 'back' })).toEqual({ name: 'password' });
  });
});
