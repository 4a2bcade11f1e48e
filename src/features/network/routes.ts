import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';

function page(
  path: string,
  crumb: string,
  load: () => Promise<{ Component: React.ComponentType }>,
) {
  return { path, handle: { crumb }, lazy: load } satisfies RouteObject;
}

/** VNS3 status, routes, peering, interfaces and links. */
export const networkModule: FeatureModule = {
  kind: 'vns3',
  nav: [
    { label: 'Status', path: 'network/status' },
    { label: 'Routes', path: 'network/routes' },
    { label: 'Peering', path: 'network/peering' },
    { label: 'Interfaces', path: 'network/interfaces' },
    { label: 'Links', path: 'network/links' },
  ],
  routes: [
    page('network/status', 'Status', async () => ({
      Component: (await import('./pages/StatusPage')).StatusPage,
    })),
    page('network/routes', 'Routes', async () => ({
      Component: (await import('./pages/RoutesPage')).RoutesPage,
    })),
    page('network/peering', 'Peering', async () => ({
      Component: (await import('./pages/PeeringPage')).PeeringPage,
    })),
    page('network/interfaces', 'Interfaces', async () => ({
      Component: (await import('./pages/InterfacesPage')).InterfacesPage,
    })),
    page('network/links', 'Links', async () => ({
      Component: (await import('./pages/LinksPage')).LinksPage,
    })),
  ],
};
