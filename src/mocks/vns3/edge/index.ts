import type { Vns3Route } from '../routes.ts';
import { interfaceRoutes } from './interfaces.ts';
import { ipsecRoutes } from './ipsec.ts';
import { linkRoutes } from './links.ts';
import { peeringRoutes } from './peering.ts';
import { routingRoutes } from './routing.ts';
import { createDemoEdgeState } from './seed.ts';
import { statusRoutes } from './status.ts';

export type { EdgeState } from './state.ts';
export { edgeControl } from './control.ts';
export { systemStatusJson } from './status.ts';

export const createEdgeState = createDemoEdgeState;

export const edgeRoutes: Vns3Route[] = [
  ...ipsecRoutes,
  ...statusRoutes,
  ...routingRoutes,
  ...peeringRoutes,
  ...interfaceRoutes,
  ...linkRoutes,
];
