import type { RouteObject } from 'react-router';
import type { ConnectionKind } from '@/connections/kinds';

export interface NavItem {
  label: string;
  /** Relative to /c/:connectionId. */
  path: string;
  /** A capability the backend must report (Jidoteki: an entry of GET /endpoints). */
  requires?: string;
}

/** What a feature contributes for one kind of connection. */
export interface FeatureModule {
  kind: ConnectionKind;
  nav: NavItem[];
  /** Children of the signed-in /c/:connectionId route. */
  routes: RouteObject[];
  /** Shown above the navigation of a signed-in connection of this kind. */
  navHeader?: React.LazyExoticComponent<React.ComponentType>;
}
