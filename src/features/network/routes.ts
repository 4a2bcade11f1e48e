import type { FeatureModule } from '@/app/modules';

/** VNS3 status, routes, peering, interfaces and links. */
export const networkModule: FeatureModule = {
  kind: 'vns3',
  nav: [],
  routes: [],
};
