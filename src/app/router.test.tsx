import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRouter } from './router';

let dispose: (() => void) | undefined;

afterEach(() => {
  dispose?.();
  dispose = undefined;
});

async function startAt(path: string) {
  window.history.replaceState(null, '', path);
  const router = createAppRouter();
  dispose = () => router.dispose();
  await waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 5000 });
  const shell = router.routes[0]?.children?.find((route) => route.id === 'console');
  return { router, consoleChildren: shell?.children ?? [] };
}

describe('createAppRouter', () => {
  it('opens a sign-in page without the console route tables', async () => {
    const { router, consoleChildren } = await startAt('/c/demo-jidoteki/signin?next=%2F');
    expect(consoleChildren).toHaveLength(0);
    expect(router.state.matches.at(-1)?.route.path).toBe('signin');
  });

  it('opens the setup page without the console route tables', async () => {
    const { router, consoleChildren } = await startAt('/c/demo-jidoteki/setup');
    expect(consoleChildren).toHaveLength(0);
    expect(router.state.matches.at(-1)?.route.path).toBe('setup');
  });

  it('patches the console routes in for a console page', async () => {
    const { router, consoleChildren } = await startAt('/connections');
    expect(consoleChildren).not.toHaveLength(0);
    expect(router.state.matches.at(-1)?.route.path).toBe('connections');
    expect(router.state.matches.at(-1)?.route.handle).toEqual({ crumb: 'Connections' });
  });

  it('matches a connection page and an unknown path once patched', async () => {
    const { router } = await startAt('/c/demo-jidoteki/no-such-page');
    expect(router.state.matches.at(-1)?.route.path).toBe('*');
    expect(router.state.matches.map((match) => match.route.path)).toContain('c/:connectionId');
    await router.navigate('/c/demo-jidoteki/signin');
    expect(router.state.matches.at(-1)?.route.path).toBe('signin');
  });
});
