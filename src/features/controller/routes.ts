import type { FeatureModule } from '@/app/modules';

/** VNS3 controller administration. */
export const controllerModule: FeatureModule = {
  kind: 'vns3',
  nav: [],
  routes: [],
};
