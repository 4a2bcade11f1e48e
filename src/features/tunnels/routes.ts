import type { FeatureModule } from '@/app/modules';

/** VNS3 IPsec endpoints, tunnels, traffic pairs and eBGP peers. */
export const tunnelsModule: FeatureModule = {
  kind: 'vns3',
  nav: [],
  routes: [],
};
