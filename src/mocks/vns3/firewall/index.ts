import type { Vns3Route, Vns3SliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FirewallState {}

export const createFirewallState: (now: number) => FirewallState = () => ({});

export const firewallRoutes: Vns3Route[] = [];

export const firewallControl: Vns3SliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
