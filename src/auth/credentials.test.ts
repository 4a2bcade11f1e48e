import { describe, expect, it } from 'vitest';
import { credentialSchema, toJidotekiCredential } from './credentials';

describe('toJidotekiCredential', () => {
  it('keeps only sha256 of the token in hash mode', () => {
    expect(toJidotekiCredential('yourtoken', 'hash')).toEqual({
      kind: 'jidoteki',
      mode: 'hash',
      key: '13e2ff941bbc8692cad141c8d293dda2c4f1c1a3c51b93d54f1a1693e1206107',
    });
  });

  it('keeps the token itself in token mode', () => {
    expect(toJidotekiCredential('yourtoken', 'token')).toEqual({
      kind: 'jidoteki',
      mode: 'token',
      token: 'yourtoken',
    });
  });

  it('makes credentials the session schema accepts', () => {
    for (const mode of ['hash', 'token'] as const) {
      expect(credentialSchema.safeParse(toJidotekiCredential('x', mode)).success).toBe(true);
    }
  });
});
