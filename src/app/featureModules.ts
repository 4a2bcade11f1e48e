import type { ConnectionKind } from '@/connections/kinds';
import { accountModule } from '@/features/account/routes';
import { clientpacksModule } from '@/features/clientpacks/routes';
import { controllerModule } from '@/features/controller/routes';
import { devicesModule } from '@/features/devices/routes';
import { firewallModule } from '@/features/firewall/routes';
import { gatewayModule } from '@/features/gateway/routes';
import { namespacesModule } from '@/features/namespaces/routes';
import { networkModule } from '@/features/network/routes';
import { overlayModule } from '@/features/overlay/routes';
import { systemModule } from '@/features/system/routes';
import { tunnelsModule } from '@/features/tunnels/routes';
import type { FeatureModule, NavItem } from './modules';

/** Per kind, in nav order: the first item is where a signed-in connection opens. */
export const FEATURE_MODULES: FeatureModule[] = [
  systemModule,
  overlayModule,
  gatewayModule,
  networkModule,
  tunnelsModule,
  firewallModule,
  clientpacksModule,
  controllerModule,
  devicesModule,
  namespacesModule,
  accountModule,
];

export function navFor(kind: ConnectionKind): NavItem[] {
  return FEATURE_MODULES.filter((module) => module.kind === kind).flatMap((module) => module.nav);
}

/** The page a signed-in connection opens on. */
export function homePathFor(kind: ConnectionKind): string | undefined {
  return navFor(kind)[0]?.path;
}
