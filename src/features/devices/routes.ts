import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function lazyPage(load: () => Promise<{ Component: React.ComponentType }>) {
  return { lazy: load } satisfies RouteObject;
}

/** ShellHub devices, containers, sessions, firewall rules, public keys, tags and connectors. */
export const devicesModule: FeatureModule = {
  kind: 'shellhub',
  nav: [
    { label: 'Devices', path: 'devices' },
    { label: 'Containers', path: 'containers' },
    { label: 'Sessions', path: 'sessions' },
    { label: 'Firewall rules', path: 'firewall' },
    { label: 'Public keys', path: 'public-keys' },
    { label: 'Tags', path: 'tags' },
    { label: 'Connectors', path: 'connectors' },
  ],
  routes: [
    {
      path: 'devices',
      handle: { crumb: 'Devices' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/DevicesPage')).DevicesPage,
          })),
        },
        {
          path: ':uid',
          handle: { crumb: 'Device' },
          ...lazyPage(async () => ({ Component: (await import('./pages/DevicePage')).DevicePage })),
        },
      ],
    },
    {
      path: 'containers',
      handle: { crumb: 'Containers' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/DevicesPage')).ContainersPage,
          })),
        },
        {
          path: ':uid',
          handle: { crumb: 'Container' },
          ...lazyPage(async () => ({
            Component: (await import('./pages/DevicePage')).ContainerPage,
          })),
        },
      ],
    },
    {
      path: 'sessions',
      handle: { crumb: 'Sessions' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/SessionsPage')).SessionsPage,
          })),
        },
        {
          path: ':uid',
          handle: { crumb: 'Session' },
          ...lazyPage(async () => ({
            Component: (await import('./pages/SessionPage')).SessionPage,
          })),
        },
      ],
    },
    {
      path: 'firewall',
      handle: { crumb: 'Firewall rules' },
      ...lazyPage(async () => ({ Component: (await import('./pages/FirewallPage')).FirewallPage })),
    },
    {
      path: 'public-keys',
      handle: { crumb: 'Public keys' },
      ...lazyPage(async () => ({
        Component: (await import('./pages/PublicKeysPage')).PublicKeysPage,
      })),
    },
    {
      path: 'tags',
      handle: { crumb: 'Tags' },
      ...lazyPage(async () => ({ Component: (await import('./pages/TagsPage')).TagsPage })),
    },
    {
      path: 'connectors',
      handle: { crumb: 'Connectors' },
      children: [
        {
          index: true,
          ...lazyPage(async () => ({
            Component: (await import('./pages/ConnectorsPage')).ConnectorsPage,
          })),
        },
        {
          path: ':uid',
          handle: { crumb: 'Connector' },
          ...lazyPage(async () => ({
            Component: (await import('./pages/ConnectorPage')).ConnectorPage,
          })),
        },
      ],
    },
  ],
};
