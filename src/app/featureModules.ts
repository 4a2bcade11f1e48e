import type { ConnectionKind } from '@/connections/kinds';
import { gatewayModule } from '@/features/gateway/routes';
import { overlayModule } from '@/features/overlay/routes';
import { systemModule } from '@/features/system/routes';
import type { FeatureModule, NavItem } from './modules';

export const FEATURE_MODULES: FeatureModule[] = [systemModule, overlayModule, gatewayModule];

export function navFor(kind: ConnectionKind): NavItem[] {
  return FEATURE_MODULES.filter((module) => module.kind === kind).flatMap((module) => module.nav);
}

/** The page a signed-in connection opens on. */
export function homePathFor(kind: ConnectionKind): string | undefined {
  return navFor(kind)[0]?.path;
}
