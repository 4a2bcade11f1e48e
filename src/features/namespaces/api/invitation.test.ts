import { describe, expect, it } from 'vitest';
import { parseInviteLink } from './invitation';

describe('parseInviteLink', () => {
  it('reads tenant, user and sig, in either spelling', () => {
    expect(parseInviteLink(new URLSearchParams('tenant=t&user=u&sig=s'))).toEqual({
      tenant: 't',
      user: 'u',
      sig: 's',
    });
    expect(parseInviteLink(new URLSearchParams('tenant-id=t&user-id=u&sig=s'))).toEqual({
      tenant: 't',
      user: 'u',
      sig: 's',
    });
  });

  it('is null when a part is missing', () => {
    expect(parseInviteLink(new URLSearchParams('tenant=t&sig=s'))).toBeNull();
    expect(parseInviteLink(new URLSearchParams('tenant=t&user=u&sig='))).toBeNull();
  });
});
