import type { Vns3Route, Vns3SliceControl } from '../routes.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EdgeState {}

export const createEdgeState: (now: number) => EdgeState = () => ({});

export const edgeRoutes: Vns3Route[] = [];

export const edgeControl: Vns3SliceControl = {
  fields: [],
  parse: (name) => `Unknown control field: ${name}`,
  snapshot: () => ({}),
};
