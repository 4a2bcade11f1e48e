import type { RouteObject } from 'react-router';
import type { FeatureModule } from '@/app/modules';
import { prefetchLoader } from '@/app/prefetchLoader';

function page(
  path: string,
  crumb: string,
  load: () => Promise<{ Component: React.ComponentType }>,
) {
  return { path, handle: { crumb }, lazy: load } satisfies RouteObject;
}

/** VNS3 firewall (v1 and v2). */
export const firewallModule: FeatureModule = {
  kind: 'vns3',
  nav: [
    { label: 'Firewall', path: 'firewall/rules' },
    { label: 'Firewall sets', path: 'firewall/sets' },
    { label: 'Firewall v1', path: 'firewall/v1' },
  ],
  routes: [
    {
      ...page('firewall/rules', 'Firewall', async () => ({
        Component: (await import('./pages/FirewallRulesPage')).FirewallRulesPage,
      })),
      loader: prefetchLoader(
        async () => (await import('./api/prefetchRules')).prefetchFirewallRules,
      ),
    },
    page('firewall/sets', 'Firewall sets', async () => ({
      Component: (await import('./pages/FirewallSetsPage')).FirewallSetsPage,
    })),
    page('firewall/v1', 'Firewall v1', async () => ({
      Component: (await import('./pages/FirewallV1Page')).FirewallV1Page,
    })),
  ],
};
