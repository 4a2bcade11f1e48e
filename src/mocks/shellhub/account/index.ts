import type { ShellHubRoute, ShellHubSliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountState {}

export const createAccountState: (now: number) => AccountState = () => ({});

export const accountRoutes: ShellHubRoute[] = [];

export const accountControl: ShellHubSliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
