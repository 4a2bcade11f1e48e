import { httpMsg, jsonOk, ok, plainText } from '../http.ts';
import { OPTIONAL_ENDPOINTS } from '../state.ts';
import type { JidotekiState } from '../state.ts';
import type { Route } from './types.ts';

const ALWAYS_ENABLED = [
  'build',
  'changelog',
  'debug',
  'endpoints',
  'health',
  'logs',
  'reboot',
  'services',
  'setup',
  'update',
  'version',
];

export function listEndpoints(state: JidotekiState): string[] {
  const enabled = OPTIONAL_ENDPOINTS.filter((endpoint) => state.endpoints.includes(endpoint));
  return [
    ...[...ALWAYS_ENABLED, ...enabled].map((name) => `/api/v1/admin/${name}`),
    '/docs',
  ].sort();
}

export const informationRoutes: Route[] = [
  {
    endpoint: 'version',
    group: null,
    get: ({ state }) =>
      ok(state.version === null ? httpMsg(state, 404) : jsonOk({ version: state.version })),
  },
  {
    endpoint: 'changelog',
    group: null,
    get: ({ state }) =>
      ok(state.changelog === null ? httpMsg(state, 404) : plainText(state.changelog)),
  },
  {
    endpoint: 'build',
    group: null,
    get: ({ state }) => ok(state.build === null ? httpMsg(state, 404) : jsonOk(state.build)),
  },
  {
    endpoint: 'health',
    group: null,
    get: ({ state }) => ok(state.health === null ? httpMsg(state, 404) : jsonOk(state.health)),
  },
  {
    endpoint: 'services',
    group: null,
    get: ({ state }) =>
      ok(state.services === null ? httpMsg(state, 404) : jsonOk({ services: state.services })),
  },
  {
    endpoint: 'endpoints',
    group: null,
    get: ({ state }) => ok(jsonOk({ endpoints: listEndpoints(state) })),
  },
];
