import type { FeatureModule } from '@/app/modules';

/** ShellHub namespaces, members, API keys, billing, announcements. */
export const namespacesModule: FeatureModule = {
  kind: 'shellhub',
  nav: [],
  routes: [],
};
