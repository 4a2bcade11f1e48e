import { CONFIG_ROUTES } from './configs.ts';
import { DEVICE_DATA_ROUTES } from './deviceData.ts';
import { DEVICE_ROUTES } from './devices.ts';
import type { Route } from './types.ts';
import { UPDATE_ROUTES } from './updates.ts';

export const ROUTES: readonly Route[] = [
  ...DEVICE_ROUTES,
  ...DEVICE_DATA_ROUTES,
  ...CONFIG_ROUTES,
  ...UPDATE_ROUTES,
];
