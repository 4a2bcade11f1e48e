import type { RouteObject } from 'react-router';
import type { Credential } from '@/auth/credentials';
import type { ConnectionKind } from '@/connections/kinds';

/** What a nav item may look at to decide whether it shows. */
export interface NavContext {
  /** The signed-in session's credential of the connection. */
  credential: Credential;
}

export interface NavItem {
  label: string;
  /** Relative to /c/:connectionId. */
  path: string;
  /** A capability the backend must report (Jidoteki: an entry of GET /endpoints). */
  requires?: string;
  /** False hides the item (e.g. a page the signed-in role cannot use at all). */
  visibleTo?: (context: NavContext) => boolean;
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

/** Whether a nav item shows; before sign-in nothing is known of the role, so it does. */
export function isNavItemVisible(item: NavItem, context: NavContext | undefined): boolean {
  return !item.visibleTo || !context || item.visibleTo(context);
}
