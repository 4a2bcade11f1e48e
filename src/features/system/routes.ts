import type { FeatureModule } from '@/app/modules';

export const systemModule: FeatureModule = {
  kind: 'jidoteki',
  nav: [
    { label: 'Overview', path: 'system' },
    { label: 'API token', path: 'system/token', requires: 'setup' },
  ],
  routes: [
    {
      path: 'system',
      handle: { crumb: 'System overview' },
      lazy: async () => ({
        Component: (await import('./pages/SystemOverviewPage')).SystemOverviewPage,
      }),
    },
    {
      path: 'system/token',
      handle: { crumb: 'API token' },
      lazy: async () => ({ Component: (await import('./pages/ApiTokenPage')).ApiTokenPage }),
    },
  ],
};
