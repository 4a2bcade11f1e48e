import type { ShellHubRoute, ShellHubSliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DevicesState {}

export const createDevicesState: (now: number) => DevicesState = () => ({});

export const devicesRoutes: ShellHubRoute[] = [];

export const devicesControl: ShellHubSliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
