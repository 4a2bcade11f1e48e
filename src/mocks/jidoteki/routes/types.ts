import type { SimOutcome } from '../../framework/types.ts';
import type { ApiMethod } from '../auth.ts';
import type { FormBody, QueryParams } from '../params.ts';
import type { JidotekiState, OptionalEndpoint } from '../state.ts';

export interface RouteContext {
  state: JidotekiState;
  method: ApiMethod;
  endpoint: string;
  query: QueryParams;
  form: FormBody | null;
  now: number;
}

export type RouteHandler = (context: RouteContext) => SimOutcome | Promise<SimOutcome>;

export interface Route {
  endpoint: string;
  group: OptionalEndpoint | null;
  selfAuthenticated?: boolean;
  get?: RouteHandler;
  post?: RouteHandler;
}
