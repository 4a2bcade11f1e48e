import type { FeatureModule } from '@/app/modules';

/** VNS3 IPsec endpoints, tunnels, traffic pairs and eBGP peers. */
export const tunnelsModule: FeatureModule = {
  kind: 'vns3',
  nav: [{ label: 'IPsec tunnels', path: 'tunnels' }],
  routes: [
    {
      path: 'tunnels',
      handle: { crumb: 'IPsec tunnels' },
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./pages/TunnelsPage')).TunnelsPage }),
        },
        {
          path: 'endpoints/:endpointId',
          handle: { crumb: 'Endpoint' },
          lazy: async () => ({ Component: (await import('./pages/EndpointPage')).EndpointPage }),
        },
      ],
    },
  ],
};
