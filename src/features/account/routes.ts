import type { FeatureModule } from '@/app/modules';

/** ShellHub account security and profile. */
export const accountModule: FeatureModule = {
  kind: 'shellhub',
  nav: [],
  routes: [],
};
