import type { Vns3Route, Vns3SliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientpacksState {}

export const createClientpacksState: (now: number) => ClientpacksState = () => ({});

export const clientpacksRoutes: Vns3Route[] = [];

export const clientpacksControl: Vns3SliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
