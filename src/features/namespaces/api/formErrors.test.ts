import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { serverFieldErrors } from './formErrors';

const error = (status: number, body: unknown) =>
  new ApiError({ status, statusText: '', message: 'x', body, headers: new Headers() });

describe('serverFieldErrors', () => {
  it('reads the fields of a 400', () => {
    expect(
      serverFieldErrors(error(400, { message: 'invalid entity', fields: { name: 'bad' } })),
    ).toEqual({
      name: 'bad',
    });
  });

  it('is null for other statuses or bodies without fields', () => {
    expect(serverFieldErrors(error(409, { fields: { name: 'bad' } }))).toBeNull();
    expect(serverFieldErrors(error(400, { message: 'invalid' }))).toBeNull();
    expect(serverFieldErrors(new Error('x'))).toBeNull();
  });
});
