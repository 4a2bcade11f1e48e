import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function page(
  path: string,
  crumb: string,
  load: () => Promise<{ Component: React.ComponentType }>,
) {
  return { path, handle: { crumb }, lazy: load } satisfies RouteObject;
}

/** VNS3 controller administration. */
export const controllerModule: FeatureModule = {
  kind: 'vns3',
  nav: [
    { label: 'Licence', path: 'controller/license' },
    { label: 'Keyset', path: 'controller/keyset' },
    { label: 'SSL certificate', path: 'controller/ssl' },
    { label: 'Snapshots', path: 'controller/snapshots' },
    { label: 'Access', path: 'controller/access' },
    { label: 'Identity', path: 'controller/identity' },
    { label: 'Remote support', path: 'controller/support' },
    { label: 'Alerts', path: 'controller/alerts' },
    { label: 'Packet monitors', path: 'controller/packet-monitors' },
    { label: 'Plugins', path: 'controller/plugins' },
    { label: 'Containers', path: 'controller/containers' },
  ],
  routes: [
    page('controller/license', 'Licence', async () => ({
      Component: (await import('./pages/LicensePage')).LicensePage,
    })),
    page('controller/keyset', 'Keyset', async () => ({
      Component: (await import('./pages/KeysetPage')).KeysetPage,
    })),
    page('controller/snapshots', 'Snapshots', async () => ({
      Component: (await import('./pages/SnapshotsPage')).SnapshotsPage,
    })),
    page('controller/access', 'Access', async () => ({
      Component: (await import('./pages/AccessPage')).AccessPage,
    })),
    page('controller/identity', 'Identity', async () => ({
      Component: (await import('./pages/IdentityPage')).IdentityPage,
    })),
    page('controller/support', 'Remote support and server', async () => ({
      Component: (await import('./pages/SupportPage')).SupportPage,
    })),
    page('controller/ssl', 'SSL certificate', async () => ({
      Component: (await import('./pages/SslPage')).SslPage,
    })),
    page('controller/alerts', 'Alerts', async () => ({
      Component: (await import('./pages/AlertsPage')).AlertsPage,
    })),
    page('controller/packet-monitors', 'Packet monitors', async () => ({
      Component: (await import('./pages/PacketMonitorsPage')).PacketMonitorsPage,
    })),
    page('controller/containers', 'Containers', async () => ({
      Component: (await import('./pages/ContainersPage')).ContainersPage,
    })),
    page('controller/plugins', 'Plugins', async () => ({
      Component: (await import('./pages/PluginsPage')).PluginsPage,
    })),
    page('controller/plugins/instances/:instanceId', 'Plugin instance', async () => ({
      Component: (await import('./pages/PluginInstancePage')).PluginInstancePage,
    })),
  ],
};
