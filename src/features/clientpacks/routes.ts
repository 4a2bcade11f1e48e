import type { FeatureModule } from '@/app/modules';

/** VNS3 client packs and connected clients. */
export const clientpacksModule: FeatureModule = {
  kind: 'vns3',
  nav: [],
  routes: [],
};
