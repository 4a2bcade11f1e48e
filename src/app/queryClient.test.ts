import { afterEach, describe, expect, it } from 'vitest';
import { sessionStore } from '@/auth/sessionStore';
import { getQueryClient } from './queryClient';

afterEach(() => {
  sessionStore.signOut('conn-a');
  sessionStore.signOut('conn-b');
});

describe('getQueryClient', () => {
  it('is one client for every caller', () => {
    expect(getQueryClient()).toBe(getQueryClient());
  });

  it('drops what was cached for a connection when its session ends', () => {
    sessionStore.signIn('conn-a', { kind: 'evon', token: 'a' }, false);
    sessionStore.signIn('conn-b', { kind: 'evon', token: 'b' }, false);
    const client = getQueryClient();
    client.setQueryData(['conn-a', 'servers'], ['one']);
    client.setQueryData(['conn-b', 'servers'], ['two']);
    sessionStore.signOut('conn-a');
    expect(client.getQueryData(['conn-a', 'servers'])).toBeUndefined();
    expect(client.getQueryData(['conn-b', 'servers'])).toEqual(['two']);
  });
});
