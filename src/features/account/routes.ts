import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function page(
  path: string,
  crumb: string,
  load: () => Promise<{ Component: React.ComponentType }>,
) {
  return { path, handle: { crumb }, lazy: load } satisfies RouteObject;
}

/** ShellHub account security and profile, and the namespace switcher above the navigation. */
export const accountModule: FeatureModule = {
  kind: 'shellhub',
  nav: [
    { label: 'Profile', path: 'account/profile' },
    { label: 'Security', path: 'account/security' },
  ],
  routes: [
    page('account/profile', 'Profile', async () => ({
      Component: (await import('./pages/ProfilePage')).ProfilePage,
    })),
    page('account/security', 'Security', async () => ({
      Component: (await import('./pages/SecurityPage')).SecurityPage,
    })),
  ],
  navHeader: lazy(() => import('./components/ShellHubNavHeader')),
};
