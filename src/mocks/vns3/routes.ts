import type { SimOutcome } from '../framework/types.ts';
import type { Vns3State } from './state.ts';

export interface Vns3RouteContext {
  state: Vns3State;
  request: Request;
  url: URL;
  /** Captured `:name` segments of the pattern, decoded. */
  params: Record<string, string>;
  now: number;
}

export interface Vns3Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below `/api`, e.g. `/ipsec/endpoints/:endpointId`. */
  pattern: string;
  /**
   * `license`: 403 PrerequisiteError "Must be licensed first." while unlicensed;
   * `keyset`: additionally 403 "Keyset is missing" until a keyset exists.
   */
  gate?: 'license' | 'keyset';
  handle(context: Vns3RouteContext): SimOutcome | Promise<SimOutcome>;
}

/** Control-API fields a slice of the simulator accepts, and what it adds to the snapshot. */
export interface Vns3SliceControl {
  fields: readonly string[];
  /** Returns an error message, or a function that applies the value. */
  parse(name: string, value: unknown): string | ((state: Vns3State, now: number) => void);
  snapshot(state: Vns3State, now: number): Record<string, unknown>;
}
