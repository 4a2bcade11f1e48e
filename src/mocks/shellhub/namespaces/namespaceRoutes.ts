import { randomUUID } from 'node:crypto';
import { empty, invalid, json, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute } from '../routes.ts';
import type { Namespace } from '../state.ts';
import { namespaceAccess } from './access.ts';
import { ANNOUNCEMENT_MAX, namespaceNameProblem } from './rules.ts';
import { namespaceView } from './views.ts';

/** Free-tier device limit of a new cloud namespace. */
export const FREE_MAX_DEVICES = 3;

export const namespaceRoutes: ShellHubRoute[] = [
  {
    method: 'POST',
    pattern: '/api/namespaces',
    auth: 'jwt',
    async handle({ state, request, caller, now }) {
      if (caller?.via !== 'jwt') return message(401, 'unauthorized');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      const problem = namespaceNameProblem(body.value.name);
      if (problem) return invalid({ name: problem });
      const name = body.value.name as string;
      if (state.namespaces.some((namespace) => namespace.name === name)) {
        return message(409, 'a namespace with this name already exists');
      }
      const owned = state.namespaces.filter((namespace) => namespace.owner === caller.user.id);
      const limit = caller.user.maxNamespaces;
      if (limit >= 0 && owned.length >= limit) {
        return message(403, `you have reached your limit of ${limit} namespaces`);
      }
      const namespace: Namespace = {
        tenantId: randomUUID(),
        name,
        owner: caller.user.id,
        members: [{ id: caller.user.id, role: 'owner', addedAt: now, status: 'active' }],
        settings: { session_record: true, connection_announcement: '' },
        maxDevices: FREE_MAX_DEVICES,
        type: 'team',
        createdAt: now,
      };
      state.namespaces.push(namespace);
      return json(namespaceView(state, namespace));
    },
  },
  {
    method: 'GET',
    pattern: '/api/namespaces/:tenant',
    // the seed says jwt; HEAD (and the API-key sign-in) also accept a key here
    auth: 'jwt,api-key',
    handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '');
      if (!access.ok) return access.outcome;
      return json(namespaceView(context.state, access.namespace));
    },
  },
  {
    method: 'PUT',
    pattern: '/api/namespaces/:tenant',
    auth: 'jwt',
    async handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '', 'administrator');
      if (!access.ok) return access.outcome;
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const { name, settings } = body.value;
      const fields: Record<string, string> = {};
      if (name !== undefined) {
        const problem = namespaceNameProblem(name);
        if (problem) fields.name = problem;
      }
      const patch: Partial<Namespace['settings']> = {};
      if (settings !== undefined) {
        if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
          fields.settings = 'must be an object';
        } else {
          const given = settings as Record<string, unknown>;
          if (given.session_record !== undefined) {
            if (typeof given.session_record !== 'boolean') {
              fields['settings.session_record'] = 'must be a boolean';
            } else patch.session_record = given.session_record;
          }
          if (given.connection_announcement !== undefined) {
            const text = given.connection_announcement;
            if (typeof text !== 'string') {
              fields['settings.connection_announcement'] = 'must be a string';
            } else if (text.length > ANNOUNCEMENT_MAX) {
              fields['settings.connection_announcement'] =
                `must be at most ${ANNOUNCEMENT_MAX} characters`;
            } else patch.connection_announcement = text;
          }
        }
      }
      if (Object.keys(fields).length > 0) return invalid(fields);
      const { namespace } = access;
      if (
        typeof name === 'string' &&
        name !== namespace.name &&
        context.state.namespaces.some((other) => other.name === name)
      ) {
        return message(409, 'a namespace with this name already exists');
      }
      if (typeof name === 'string') namespace.name = name;
      Object.assign(namespace.settings, patch);
      return json(namespaceView(context.state, namespace));
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/namespaces/:tenant',
    auth: 'jwt',
    handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '', 'owner');
      if (!access.ok) return access.outcome;
      const { state } = context;
      const tenant = access.namespace.tenantId;
      state.namespaces = state.namespaces.filter((namespace) => namespace.tenantId !== tenant);
      state.apiKeys = state.apiKeys.filter((apiKey) => apiKey.tenantId !== tenant);
      const slice = state.namespacesSlice;
      slice.invitations = slice.invitations.filter((invite) => invite.tenantId !== tenant);
      delete slice.billing[tenant];
      delete slice.devicesMostUsed[tenant];
      return empty(200);
    },
  },
  {
    method: 'PUT',
    pattern: '/api/users/security/:tenant',
    auth: 'jwt',
    async handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '', 'administrator');
      if (!access.ok) return access.outcome;
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const value = body.value.session_record ?? false;
      if (typeof value !== 'boolean') return invalid({ session_record: 'must be a boolean' });
      access.namespace.settings.session_record = value;
      return empty(200);
    },
  },
  {
    method: 'GET',
    pattern: '/api/users/security',
    auth: 'jwt',
    handle(context) {
      const access = namespaceAccess(context, context.caller?.tenant ?? '');
      if (!access.ok) return access.outcome;
      return json(access.namespace.settings.session_record);
    },
  },
];
