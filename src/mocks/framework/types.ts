import type { SimResult } from './http.ts';

export interface SimContext<S> {
  request: Request;
  url: URL;
  instanceId: string;
  state: S;
  rest: string;
  now: number;
}

export interface SimOutcome {
  result: SimResult;
  rejectedForValidation?: boolean;
}

export type ControlFields = Record<string, unknown>;

export interface SimulatorKind<S> {
  readonly kind: string;
  readonly controlFields: readonly string[];
  create(instanceId: string, now: number): S;
  handle(context: SimContext<S>): Promise<SimOutcome>;
  configure(state: S, fields: ControlFields, now: number): string[];
  snapshot(state: S, now: number): Record<string, unknown>;
}

export class ControlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControlError';
  }
}
