import type { SimOutcome } from '../../framework/types';
import type { ApiMethod } from '../auth';
import type { FormBody, QueryParams } from '../params';
import type { JidotekiState, OptionalEndpoint } from '../state';

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
