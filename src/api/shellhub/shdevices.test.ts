import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { encodeFilter, fieldErrors, readTotalCount } from './shdevices';

describe('ShellHub list helpers', () => {
  it('reads X-Total-Count, falling back when missing or malformed', () => {
    expect(readTotalCount(new Headers({ 'X-Total-Count': '10000' }), 3)).toBe(10000);
    expect(readTotalCount(new Headers(), 3)).toBe(3);
    expect(readTotalCount(new Headers({ 'X-Total-Count': 'many' }), 3)).toBe(3);
  });

  it('encodes the filter as unpadded base64url of the JSON array, UTF-8 safe', () => {
    const elements = [
      { type: 'property', params: { name: 'name', operator: 'contains', value: 'café?>' } },
    ] as const;
    const encoded = encodeFilter(elements);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    expect(JSON.parse(decoded)).toEqual(elements);
  });

  it('reads the field reasons of a 400', () => {
    const error = new ApiError({
      status: 400,
      statusText: 'Bad Request',
      message: 'invalid entity',
      body: null,
      headers: new Headers(),
      details: { fields: { name: 'is required', bogus: 3 } },
    });
    expect(fieldErrors(error)).toEqual({ name: 'is required' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
