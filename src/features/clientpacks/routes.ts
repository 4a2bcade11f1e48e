import type { FeatureModule } from '@/app/modules';
import { prefetchLoader } from '@/app/prefetchLoader';

/** VNS3 client packs and connected clients. */
export const clientpacksModule: FeatureModule = {
  kind: 'vns3',
  nav: [{ label: 'Client packs', path: 'clientpacks' }],
  routes: [
    {
      path: 'clientpacks',
      handle: { crumb: 'Client packs' },
      lazy: async () => ({ Component: (await import('./pages/ClientpacksPage')).ClientpacksPage }),
      loader: prefetchLoader(
        async () => (await import('./api/prefetchClientpacks')).prefetchClientpacks,
      ),
    },
  ],
};
