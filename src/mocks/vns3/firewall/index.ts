import type { Vns3Route } from '../routes.ts';
import { v1Routes } from './v1Routes.ts';
import { v1SetRoutes } from './v1SetRoutes.ts';
import { v2EditRoutes } from './v2EditRoutes.ts';
import { v2RuleRoutes } from './v2RuleRoutes.ts';
import { v2SetRoutes } from './v2SetRoutes.ts';
import { variablesRoutes } from './variablesRoutes.ts';

export { firewallControl } from './control.ts';
export { type FirewallState, createFirewallState } from './state.ts';

export const firewallRoutes: Vns3Route[] = [
  ...v1SetRoutes,
  ...v1Routes,
  ...v2RuleRoutes,
  ...v2SetRoutes,
  ...v2EditRoutes,
  ...variablesRoutes,
];
