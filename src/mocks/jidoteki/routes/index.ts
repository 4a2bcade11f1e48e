import { backupRoutes } from './backup.ts';
import { certsRoutes } from './certs.ts';
import { informationRoutes } from './information.ts';
import { licenseRoutes } from './license.ts';
import { settingsRoutes } from './settings.ts';
import { setupRoutes } from './setup.ts';
import { storageRoutes } from './storage.ts';
import { supportRoutes } from './support.ts';
import type { Route } from './types.ts';
import { updateRoutes } from './update.ts';

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
