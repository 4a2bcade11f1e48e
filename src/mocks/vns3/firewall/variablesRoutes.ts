import { badRequest, notFound, readJsonObject, vns3Response } from '../http.ts';
import type { Vns3Route } from '../routes.ts';
import type { FirewallState, FirewallVariable } from './state.ts';

const NAME = /^[A-Za-z0-9_]+$/;
const NAME_MESSAGE =
  'Invalid name. Names can only contain alphanumeric characters and underscores.';
const RESERVED_PREFIX = 'vns3_';

/** Every variable of a collection starts with its prefix; custom ones may not use `vns3_`. */
const COLLECTIONS = [
  { name: 'system', prefix: RESERVED_PREFIX },
  { name: 'custom', prefix: '' },
];

function grouped(state: FirewallState) {
  const list = (map: FirewallState['systemVariables']) =>
    [...map].map(([name, variable]) => serialize(name, variable));
  return { system: list(state.systemVariables), custom: list(state.customVariables) };
}

const serialize = (variable: string, { value, description }: FirewallVariable) => ({
  variable,
  value,
  description,
});

function fieldsError(value: unknown, description: unknown): string | null {
  if (value !== undefined && (typeof value !== 'string' || value === '' || value.length > 255)) {
    return 'value must be a non-empty string of at most 255 characters';
  }
  if (description !== undefined && typeof description !== 'string') {
    return 'description must be a string';
  }
  return null;
}

/** `/system/variables`: system values plus custom ones, usable in v2 rules as `${name}`. */
export const variablesRoutes: Vns3Route[] = [
  {
    method: 'GET',
    pattern: '/system/variables',
    gate: 'license',
    handle: ({ state }) => vns3Response(grouped(state.firewall)),
  },
  {
    method: 'GET',
    pattern: '/system/variable-collections',
    gate: 'license',
    handle: ({ url }) => {
      const wanted = url.searchParams.get('collections')?.split(',').filter(Boolean);
      return vns3Response(
        COLLECTIONS.filter((item) => !wanted || wanted.includes(item.name)).map((item) => ({
          ...item,
        })),
      );
    },
  },
  {
    method: 'POST',
    pattern: '/system/variables',
    handle: async ({ state, request }) => {
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { name, value, description } = body.value;
      if (typeof name !== 'string' || !NAME.test(name)) {
        return badRequest(NAME_MESSAGE, 'APIBadRequestError');
      }
      if (name.length > 64) return badRequest('name must be at most 64 characters');
      if (name.startsWith(RESERVED_PREFIX)) {
        return badRequest(
          `Names starting with ${RESERVED_PREFIX} are reserved for system variables`,
        );
      }
      if (state.firewall.systemVariables.has(name) || state.firewall.customVariables.has(name)) {
        return badRequest(`Variable ${name} already exists`);
      }
      if (value === undefined) return badRequest('value is required');
      const error = fieldsError(value, description);
      if (error) return badRequest(error);
      const variable = {
        value: value as string,
        description: typeof description === 'string' ? description : '',
      };
      state.firewall.customVariables.set(name, variable);
      return vns3Response(grouped(state.firewall), 201);
    },
  },
  {
    method: 'PUT',
    pattern: '/system/variables/:name',
    handle: async ({ state, request, params }) => {
      const variable = state.firewall.customVariables.get(params.name ?? '');
      if (!variable) return notFound('Variable not found');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const { value, description } = body.value;
      const error = fieldsError(value, description);
      if (error) return badRequest(error);
      if (typeof value === 'string') variable.value = value;
      if (typeof description === 'string') variable.description = description;
      return vns3Response(serialize(params.name ?? '', variable));
    },
  },
  {
    method: 'DELETE',
    pattern: '/system/variables/:name',
    handle: ({ state, params }) => {
      const name = params.name ?? '';
      if (!state.firewall.customVariables.has(name)) return notFound('Variable not found');
      state.firewall.customVariables.delete(name);
      return vns3Response(grouped(state.firewall));
    },
  },
];
