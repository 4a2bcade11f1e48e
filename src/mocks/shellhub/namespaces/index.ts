import type { ShellHubRoute, ShellHubSliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NamespacesState {}

export const createNamespacesState: (now: number) => NamespacesState = () => ({});

export const namespacesRoutes: ShellHubRoute[] = [];

export const namespacesControl: ShellHubSliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
