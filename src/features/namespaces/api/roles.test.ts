import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { atLeast, describeFailure, outranks } from './roles';

const apiError = (status: number, message: string) =>
  new ApiError({ status, statusText: '', message, body: null, headers: new Headers() });

describe('ShellHub roles', () => {
  it('orders observer < operator < administrator < owner', () => {
    expect(atLeast('administrator', 'administrator')).toBe(true);
    expect(atLeast('operator', 'administrator')).toBe(false);
    expect(atLeast(undefined, 'observer')).toBe(false);
    expect(outranks('administrator', 'administrator')).toBe(false);
    expect(outranks('owner', 'administrator')).toBe(true);
  });

  it('says a 403 is about the role, and keeps the server message otherwise', () => {
    expect(describeFailure(apiError(403, 'forbidden'), 'delete this namespace')).toBe(
      'Your role cannot delete this namespace (403: forbidden).',
    );
    expect(describeFailure(apiError(409, 'taken'), 'x')).toContain('409');
    expect(describeFailure(apiError(409, 'taken'), 'x')).toContain('taken');
  });
});
