import type { FeatureModule } from '@/app/modules';

export const overlayModule: FeatureModule = {
  kind: 'evon',
  nav: [],
  routes: [],
};
