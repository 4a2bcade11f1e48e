import { CONFIG_ROUTES } from './configs';
import { DEVICE_DATA_ROUTES } from './deviceData';
import { DEVICE_ROUTES } from './devices';
import type { Route } from './types';
import { UPDATE_ROUTES } from './updates';

export const ROUTES: readonly Route[] = [
  ...DEVICE_ROUTES,
  ...DEVICE_DATA_ROUTES,
  ...CONFIG_ROUTES,
  ...UPDATE_ROUTES,
];
