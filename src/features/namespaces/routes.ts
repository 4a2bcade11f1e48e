import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';
import { roleAtLeast } from '@/auth/shellhub/identity';

function lazyPage(load: () => Promise<{ Component: React.ComponentType }>) {
  return { lazy: load } satisfies RouteObject;
}

/** ShellHub namespaces, members, API keys, billing, announcements. */
export const namespacesModule: FeatureModule = {
  kind: 'shellhub',
  nav: [
    { label: 'Namespace', path: 'namespace/settings' },
    { label: 'Members', path: 'namespace/members' },
    // Pages a role cannot use at all are not offered (they still explain when opened by URL).
    { label: 'API keys', path: 'namespace/api-keys', visibleTo: roleAtLeast('administrator') },
    { label: 'Billing', path: 'namespace/billing', visibleTo: roleAtLeast('owner') },
    { label: 'Announcements', path: 'announcements' },
  ],
  routes: [
    {
      path: 'namespace/settings',
      handle: { crumb: 'Namespace' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/NamespaceSettingsPage')).NamespaceSettingsPage,
      })),
    },
    {
      path: 'namespace/members',
      handle: { crumb: 'Members' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/MembersPage')).MembersPage,
      })),
    },
    {
      path: 'namespace/accept-invite',
      handle: { crumb: 'Accept invitation' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/AcceptInvitePage')).AcceptInvitePage,
      })),
    },
    {
      path: 'namespace/api-keys',
      handle: { crumb: 'API keys' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/ApiKeysPage')).ApiKeysPage,
      })),
    },
    {
      path: 'namespace/billing',
      handle: { crumb: 'Billing' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/BillingPage')).BillingPage,
      })),
    },
    {
      path: 'announcements',
      handle: { crumb: 'Announcements' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/AnnouncementsPage')).AnnouncementsPage,
          })),
        },
        {
          path: ':uuid',
          handle: { crumb: 'Announcement' },
          ...lazyPage(async () => ({
            Component: (await import('./pages/AnnouncementPage')).AnnouncementPage,
          })),
        },
      ],
    },
  ],
};
