import { describe, expect, it } from 'vitest';
import { jidotekiKeyFromToken } from '@/lib/jidotekiSigning';
import { WRONG_TOKEN_MESSAGE, currentTokenSchema } from './signingMode';

const KEY = jidotekiKeyFromToken('yourtoken');

function messages(token: string) {
  const result = currentTokenSchema(KEY).safeParse({ token });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('currentTokenSchema', () => {
  it('accepts the token whose sha256 is the session key', () => {
    expect(currentTokenSchema(KEY).parse({ token: 'yourtoken' })).toEqual({ token: 'yourtoken' });
  });

  it('rejects another valid token', () => {
    expect(messages('yourtoken2')).toEqual([WRONG_TOKEN_MESSAGE]);
    expect(messages('YOURTOKEN')).toEqual([WRONG_TOKEN_MESSAGE]);
  });

  it('rejects the key itself', () => {
    expect(messages(KEY)).toEqual([WRONG_TOKEN_MESSAGE]);
  });

  it('applies the appliance token rules first', () => {
    expect(messages('')).toContain('Enter a token');
    expect(messages('your token')).toContain(
      'Use printable ASCII characters only: no spaces, accents or emoji',
    );
    expect(messages('x'.repeat(256))).toContain('Use at most 255 characters');
  });
});
