import type { FeatureModule } from '@/app/modules';

/** ShellHub devices, sessions, firewall rules, public keys, tags. */
export const devicesModule: FeatureModule = {
  kind: 'shellhub',
  nav: [],
  routes: [],
};
