import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function lazyPage(load: () => Promise<{ Component: React.ComponentType }>) {
  return { lazy: load } satisfies RouteObject;
}

/** Device gateway (update server) administration. */
export const gatewayModule: FeatureModule = {
  kind: 'devicegw',
  nav: [
    { label: 'Devices', path: 'gateway/devices' },
    { label: 'Denied devices', path: 'gateway/denied' },
    { label: 'Configs', path: 'gateway/configs' },
    { label: 'Updates', path: 'gateway/updates' },
  ],
  routes: [
    {
      path: 'gateway/devices',
      handle: { crumb: 'Devices' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/DevicesPage')).DevicesPage,
          })),
        },
        {
          path: ':uuid',
          handle: { crumb: 'Device' },
          ...lazyPage(async () => ({
            Component: (await import('./pages/DevicePage')).DevicePage,
          })),
        },
      ],
    },
    {
      path: 'gateway/denied',
      handle: { crumb: 'Denied devices' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/DeniedDevicesPage')).DeniedDevicesPage,
      })),
    },
    {
      path: 'gateway/configs',
      handle: { crumb: 'Configs' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/ConfigsPage')).ConfigsPage,
          })),
        },
        {
          path: 'groups/:name',
          handle: { crumb: 'Group' },
          ...lazyPage(async () => ({
            Component: (await import('./pages/GroupConfigPage')).GroupConfigPage,
          })),
        },
      ],
    },
    {
      path: 'gateway/updates',
      handle: { crumb: 'Updates' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/UpdatesPage')).UpdatesPage,
          })),
        },
        {
          path: ':tag/:update',
          handle: { crumb: 'Update' },
          children: [
            {
              index: true,
              ...lazyPage(async () => ({
                Component: (await import('./pages/UpdatePage')).UpdatePage,
              })),
            },
            {
              path: 'rollouts/:rollout',
              handle: { crumb: 'Rollout' },
              ...lazyPage(async () => ({
                Component: (await import('./pages/RolloutPage')).RolloutPage,
              })),
            },
          ],
        },
      ],
    },
  ],
};
