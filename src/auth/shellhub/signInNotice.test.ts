import { describe, expect, it } from 'vitest';
import { clearSignInNotice, leaveSignInNotice, signInNoticeFor } from './signInNotice';

describe('sign-in notices', () => {
  it('keeps a notice for that connection until the page clears it', () => {
    leaveSignInNotice('hub-1', 'The account olga was deleted.');
    expect(signInNoticeFor('hub-2')).toBeNull();
    expect(signInNoticeFor('hub-1')).toBe('The account olga was deleted.');
    clearSignInNotice('hub-1');
    expect(signInNoticeFor('hub-1')).toBeNull();
  });
});
