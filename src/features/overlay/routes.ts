import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function page(
  path: string,
  crumb: string,
  load: () => Promise<{ Component: React.ComponentType }>,
) {
  return { path, handle: { crumb }, lazy: load } satisfies RouteObject;
}

/** Evon Hub: the overlay network's servers, access policies, users and hub settings. */
export const overlayModule: FeatureModule = {
  kind: 'evon',
  nav: [
    { label: 'Servers', path: 'overlay/servers' },
    { label: 'Server groups', path: 'overlay/server-groups' },
    { label: 'Rules', path: 'overlay/rules' },
    { label: 'Policies', path: 'overlay/policies' },
    { label: 'Users', path: 'overlay/users' },
    { label: 'Groups', path: 'overlay/groups' },
    { label: 'User profiles', path: 'overlay/profiles' },
    { label: 'Hub config', path: 'overlay/config' },
    { label: 'Downloads', path: 'overlay/downloads' },
  ],
  routes: [
    page('overlay/servers', 'Servers', async () => ({
      Component: (await import('./pages/ServersPage')).ServersPage,
    })),
    page('overlay/server-groups', 'Server groups', async () => ({
      Component: (await import('./pages/ServerGroupsPage')).ServerGroupsPage,
    })),
    page('overlay/rules', 'Rules', async () => ({
      Component: (await import('./pages/RulesPage')).RulesPage,
    })),
    page('overlay/policies', 'Policies', async () => ({
      Component: (await import('./pages/PoliciesPage')).PoliciesPage,
    })),
    page('overlay/users', 'Users', async () => ({
      Component: (await import('./pages/UsersPage')).UsersPage,
    })),
    page('overlay/groups', 'Groups', async () => ({
      Component: (await import('./pages/GroupsPage')).GroupsPage,
    })),
    page('overlay/profiles', 'User profiles', async () => ({
      Component: (await import('./pages/ProfilesPage')).ProfilesPage,
    })),
    page('overlay/config', 'Hub config', async () => ({
      Component: (await import('./pages/ConfigPage')).ConfigPage,
    })),
    page('overlay/downloads', 'Downloads', async () => ({
      Component: (await import('./pages/DownloadsPage')).DownloadsPage,
    })),
  ],
};
