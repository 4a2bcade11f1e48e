import type { SimOutcome } from '../framework/types.ts';
import type { Role, ShellHubState, User } from './state.ts';

export type Caller =
  | { via: 'jwt'; user: User; tenant: string; role: Role }
  | { via: 'api-key'; keyName: string; tenant: string; role: Role };

export interface ShellHubRouteContext {
  state: ShellHubState;
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** null only on `auth: 'none'` routes. */
  caller: Caller | null;
  now: number;
}

export interface ShellHubRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Full path, e.g. `/api/devices/:uid`; `/info` has no `/api` prefix. */
  pattern: string;
  /** `none`: public; `jwt`: user routes (an API key gets 403); `jwt,api-key`: either. */
  auth: 'none' | 'jwt' | 'jwt,api-key';
  /** Least role allowed; lower roles get 403. */
  minRole?: Role;
  handle(context: ShellHubRouteContext): SimOutcome | Promise<SimOutcome>;
}

export interface ShellHubSliceControl {
  fields: readonly string[];
  parse(name: string, value: unknown): string | ((state: ShellHubState, now: number) => void);
  snapshot(state: ShellHubState, now: number): Record<string, unknown>;
}
