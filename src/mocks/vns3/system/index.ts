import type { Vns3Route, Vns3SliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SystemState {}

export const createSystemState: (now: number) => SystemState = () => ({});

export const systemRoutes: Vns3Route[] = [];

export const systemControl: Vns3SliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
