import { backupRoutes } from './backup';
import { certsRoutes } from './certs';
import { informationRoutes } from './information';
import { licenseRoutes } from './license';
import { settingsRoutes } from './settings';
import { setupRoutes } from './setup';
import { storageRoutes } from './storage';
import { supportRoutes } from './support';
import type { Route } from './types';
import { updateRoutes } from './update';

export const ROUTES: ReadonlyMap<string, Route> = new Map(
  [
    ...setupRoutes,
    ...updateRoutes,
    ...supportRoutes,
    ...informationRoutes,
    ...settingsRoutes,
    ...certsRoutes,
    ...licenseRoutes,
    ...storageRoutes,
    ...backupRoutes,
  ].map((route) => [route.endpoint, route]),
);
