import type { ShellHubRoute } from '../routes.ts';
import { announcementRoutes } from './announcementRoutes.ts';
import { apiKeyRoutes } from './apiKeyRoutes.ts';
import { billingRoutes } from './billingRoutes.ts';
import { memberRoutes } from './memberRoutes.ts';
import { namespaceRoutes } from './namespaceRoutes.ts';

export { namespacesControl } from './control.ts';
export { type NamespacesState, createNamespacesState } from './state.ts';

/** API-key and member sub-routes first: `/api/namespaces/:tenant` would also match them. */
export const namespacesRoutes: ShellHubRoute[] = [
  ...apiKeyRoutes,
  ...memberRoutes,
  ...namespaceRoutes,
  ...billingRoutes,
  ...announcementRoutes,
];
