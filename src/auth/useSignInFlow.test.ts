import { describe, expect, it } from 'vitest';
import { safeNext } from './useSignInFlow';

const HOME = '/c/lab';

describe('safeNext', () => {
  it.each([
    '/c/lab/system',
    '/c/lab/system/services',
    '/c/lab/system?tab=health',
    '/c/lab/update#log',
    '/c/lab/',
  ])('keeps %j, a path below this connection', (next) => {
    expect(safeNext(next, 'lab')).toBe(next);
  });

  it.each([
    [null],
    [''],
    ['/c/lab'],
    ['//evil.example'],
    ['//evil.example/c/lab/system'],
    ['https://evil.example/c/lab/system'],
    ['https://evil'],
    ['javascript:alert(1)'],
    ['c/lab/system'],
    ['/c/other/system'],
    ['/c/lab-2/system'],
    ['/c/labx/system'],
    ['/connections'],
    ['/c/lab/signin'],
    ['/c/lab/setup'],
    ['/c/lab/signin?next=%2Fc%2Flab%2Fsystem'],
    ['/c/lab/setup?next=/c/lab/system'],
  ])('falls back to /c/<id> for %j', (next) => {
    expect(safeNext(next, 'lab')).toBe(HOME);
  });

  it('uses the given connection id for home', () => {
    expect(safeNext('//evil.example', 'edge-1')).toBe('/c/edge-1');
    expect(safeNext('/c/edge-1/system', 'edge-1')).toBe('/c/edge-1/system');
  });

  it.each(['/c/lab/../other/system', '/c/lab/%2e%2e/other/system'])(
    'falls back for the dot-segment escape %j',
    (next) => {
      expect(safeNext(next, 'lab')).toBe(HOME);
    },
  );

  it.each(['/c/lab/signin/', '/c/lab/setup/', '/c/lab/signin#form'])(
    'falls back for the sign-in/setup page variant %j',
    (next) => {
      expect(safeNext(next, 'lab')).toBe(HOME);
    },
  );
});
