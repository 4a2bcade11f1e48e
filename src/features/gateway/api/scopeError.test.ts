import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '@/api/errors';
import { describeGatewayError, lacksScopeMessage, missingScopes } from './scopeError';

function apiError(status: number, message: string) {
  return new ApiError({
    status,
    statusText: status === 403 ? 'Forbidden' : 'Not Found',
    message,
    body: message,
    headers: new Headers(),
  });
}

describe('missingScopes', () => {
  it('reads the one scope the server names', () => {
    expect(missingScopes(apiError(403, 'User missing required scope(s): devices:delete'))).toEqual([
      'devices:delete',
    ]);
  });

  it('reads several scopes of a config write', () => {
    expect(
      missingScopes(
        apiError(403, 'User missing required scope(s): devices:read-update, updates:read-update'),
      ),
    ).toEqual(['devices:read-update', 'updates:read-update']);
  });

  it.each([
    ['another status', apiError(404, 'User missing required scope(s): devices:read')],
    ['another 403 message', apiError(403, 'CSRF token mismatch')],
    ['no scope listed', apiError(403, 'User missing required scope(s): ')],
    ['a network error', new NetworkError('unreachable', 'http://x')],
  ])('is null for %s', (_label, error) => {
    expect(missingScopes(error)).toBeNull();
  });
});

describe('messages', () => {
  it('names the scopes', () => {
    expect(lacksScopeMessage(['devices:delete'])).toBe('This token lacks devices:delete');
    expect(lacksScopeMessage(['a:read', 'b:read', 'c:read'])).toBe(
      'This token lacks a:read, b:read and c:read',
    );
  });

  it('describes a scope error by its scope and others by status and message', () => {
    expect(
      describeGatewayError(apiError(403, 'User missing required scope(s): updates:delete')),
    ).toBe('This token lacks updates:delete');
    expect(describeGatewayError(apiError(404, 'Device is not on the denied list'))).toBe(
      '404 Not Found: Device is not on the denied list',
    );
  });
});
