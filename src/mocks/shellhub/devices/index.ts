import type { ShellHubRoute } from '../routes.ts';
import { connectorRoutes } from './connectorRoutes.ts';
import { deviceRoutes } from './deviceRoutes.ts';
import { firewallRoutes } from './firewallRoutes.ts';
import { keyRoutes } from './keyRoutes.ts';
import { sessionRoutes } from './sessionRoutes.ts';
import { tagRoutes } from './tagRoutes.ts';

export type { DevicesState } from './model.ts';
export { createDevicesState } from './seed.ts';
export { devicesControl } from './control.ts';

export const devicesRoutes: ShellHubRoute[] = [
  ...deviceRoutes,
  ...tagRoutes,
  ...sessionRoutes,
  ...firewallRoutes,
  ...keyRoutes,
  ...connectorRoutes,
];
