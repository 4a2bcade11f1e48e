import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { applyFieldErrors, drfFieldErrors, forbiddenMessage } from './drfErrors';

function apiError(status: number, body: unknown, message = 'x') {
  return new ApiError({ status, statusText: '', message, body, headers: new Headers() });
}

describe('DRF error bodies', () => {
  it('reads field errors from a 400 only', () => {
    expect(drfFieldErrors(apiError(400, { name: ['a', 'b'] }))).toEqual({ name: 'a b' });
    expect(drfFieldErrors(apiError(400, { detail: 'JSON parse error' }))).toBeNull();
    expect(drfFieldErrors(apiError(403, { name: ['a'] }))).toBeNull();
    expect(drfFieldErrors(new Error('x'))).toBeNull();
  });

  it('puts messages on known fields and returns the rest', () => {
    const set: Record<string, string> = {};
    const rest = applyFieldErrors(
      apiError(400, { username: ['taken'], non_field_errors: ['bad'], other: ['odd'] }),
      ['username'],
      (field, message) => (set[field] = message),
    );
    expect(set).toEqual({ username: 'taken' });
    expect(rest).toEqual(['bad', 'other: odd']);
  });

  it('words a 403 as what the account cannot do', () => {
    const error = apiError(403, {}, 'You do not have permission to perform this action.');
    expect(forbiddenMessage(error, 'add users')).toBe(
      'Your account cannot add users: You do not have permission to perform this action.',
    );
    expect(forbiddenMessage(apiError(404, {}), 'add users')).toBeNull();
  });
});
