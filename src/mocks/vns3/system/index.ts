import type { Vns3Route } from '../routes.ts';
import { accessRoutes } from './accessRoutes.ts';
import { adminRoutes } from './adminRoutes.ts';
import { alertRoutes } from './alertRoutes.ts';
import { containerRoutes } from './containerRoutes.ts';
import { licenseRoutes } from './licenseRoutes.ts';
import { packetMonitorRoutes } from './packetMonitorRoutes.ts';
import { pluginRoutes } from './pluginRoutes.ts';
import { snapshotRoutes } from './snapshotRoutes.ts';
import { sslRoutes } from './sslRoutes.ts';

export type { SystemState } from './state.ts';
export { createSystemState } from './state.ts';
export { systemControl } from './control.ts';
export { beforeVns3Request } from './lifecycle.ts';

export const systemRoutes: Vns3Route[] = [
  ...licenseRoutes,
  ...sslRoutes,
  ...snapshotRoutes,
  ...accessRoutes,
  ...adminRoutes,
  ...alertRoutes,
  ...packetMonitorRoutes,
  ...containerRoutes,
  ...pluginRoutes,
];
