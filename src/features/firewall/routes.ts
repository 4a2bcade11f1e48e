import type { FeatureModule } from '@/app/modules';

/** VNS3 firewall (v1 and v2). */
export const firewallModule: FeatureModule = {
  kind: 'vns3',
  nav: [],
  routes: [],
};
