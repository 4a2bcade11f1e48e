import type { FeatureModule } from '@/app/modules';

export const gatewayModule: FeatureModule = {
  kind: 'devicegw',
  nav: [],
  routes: [],
};
