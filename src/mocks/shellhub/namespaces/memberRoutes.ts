import { randomUUID } from 'node:crypto';
import { issueJwt } from '../jwt.ts';
import { empty, invalid, json, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute } from '../routes.ts';
import { type Role, type ShellHubState, type User, roleIn, roleRank } from '../state.ts';
import { namespaceAccess } from './access.ts';
import { emailProblem, isRole } from './rules.ts';
import { namespaceView } from './views.ts';

function roleProblem(role: unknown, callerRole: Role): string | null {
  if (!isRole(role)) return 'must be administrator, operator or observer';
  if (role === 'owner') return 'cannot be owner';
  if (roleRank(role) > roleRank(callerRole)) return 'cannot be above your own role';
  return null;
}

/** `userAuth` for the namespace the user lands in after leaving one. */
function userAuth(state: ShellHubState, user: User, now: number) {
  const tenant =
    [user.preferredTenant, ...state.namespaces.map((namespace) => namespace.tenantId)].find(
      (candidate) => roleIn(state, user.id, candidate) !== null,
    ) ?? '';
  return {
    token: issueJwt({ id: user.id, username: user.username, tenant, mfa: user.mfa.enabled }, now),
    id: user.id,
    origin: 'local',
    user: user.username,
    name: user.name,
    email: user.email,
    recovery_email: user.recoveryEmail,
    tenant,
    role: tenant ? roleIn(state, user.id, tenant) : '',
    mfa: user.mfa.enabled,
    admin: false,
    max_namespaces: user.maxNamespaces,
  };
}

export const memberRoutes: ShellHubRoute[] = [
  {
    method: 'PATCH',
    pattern: '/api/namespaces/:tenant/members/accept-invite',
    auth: 'jwt',
    async handle({ state, request, params, caller }) {
      if (caller?.via !== 'jwt') return message(401, 'unauthorized');
      const body = await readJsonObject(request);
      if (!body.ok) return body.outcome;
      if (typeof body.value.sig !== 'string' || body.value.sig === '') {
        return invalid({ sig: 'is required' });
      }
      const slice = state.namespacesSlice;
      const invite = slice.invitations.find(
        (candidate) =>
          candidate.tenantId === params.tenant &&
          candidate.userId === caller.user.id &&
          candidate.sig === body.value.sig,
      );
      const namespace = state.namespaces.find((candidate) => candidate.tenantId === params.tenant);
      const member = namespace?.members.find((candidate) => candidate.id === caller.user.id);
      if (!invite || !member) return message(404, 'invitation not found');
      member.status = 'active';
      slice.invitations = slice.invitations.filter((candidate) => candidate !== invite);
      return empty(200);
    },
  },
  {
    method: 'GET',
    pattern: '/api/namespaces/:tenant/members/:id/accept-invite',
    auth: 'none',
    handle({ state, params, url }) {
      const sig = url.searchParams.get('sig');
      const invite = state.namespacesSlice.invitations.find(
        (candidate) =>
          candidate.tenantId === params.tenant &&
          candidate.userId === params.id &&
          candidate.sig === sig,
      );
      if (!invite) return message(404, 'invitation not found');
      return json({ status: 'invited' });
    },
  },
  {
    method: 'POST',
    pattern: '/api/namespaces/:tenant/members',
    auth: 'jwt',
    async handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '', 'administrator');
      if (!access.ok) return access.outcome;
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const fields: Record<string, string> = {};
      const emailIssue = emailProblem(body.value.email);
      if (emailIssue) fields.email = emailIssue;
      const roleIssue = roleProblem(body.value.role, access.role);
      if (roleIssue) fields.role = roleIssue;
      if (Object.keys(fields).length > 0) return invalid(fields);
      const { state, now } = context;
      const email = (body.value.email as string).toLowerCase();
      const user = state.users.find((candidate) => candidate.email.toLowerCase() === email);
      if (!user) return message(404, 'no user with this e-mail address');
      const { namespace } = access;
      if (namespace.members.some((member) => member.id === user.id)) {
        return message(409, 'this user is already a member of the namespace');
      }
      namespace.members.push({
        id: user.id,
        role: body.value.role as Role,
        addedAt: now,
        status: 'pending',
      });
      state.namespacesSlice.invitations.push({
        tenantId: namespace.tenantId,
        userId: user.id,
        sig: randomUUID(),
        createdAt: now,
      });
      return json(namespaceView(state, namespace));
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/namespaces/:tenant/members',
    auth: 'jwt',
    handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '');
      if (!access.ok) return access.outcome;
      const { state, caller, now } = context;
      if (caller?.via !== 'jwt') return message(401, 'unauthorized');
      if (access.role === 'owner') {
        return message(403, 'the owner cannot leave the namespace; delete it instead');
      }
      access.namespace.members = access.namespace.members.filter(
        (member) => member.id !== caller.user.id,
      );
      return json(userAuth(state, caller.user, now));
    },
  },
  {
    method: 'PATCH',
    pattern: '/api/namespaces/:tenant/members/:uid',
    auth: 'jwt',
    async handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '', 'administrator');
      if (!access.ok) return access.outcome;
      const body = await readJsonObject(context.request);
      if (!body.ok) return body.outcome;
      const roleIssue = roleProblem(body.value.role, access.role);
      if (roleIssue) return invalid({ role: roleIssue });
      const target = access.namespace.members.find((member) => member.id === context.params.uid);
      if (!target) return message(404, 'member not found');
      if (target.id === access.userId) return message(403, 'you cannot change your own role');
      if (roleRank(target.role) >= roleRank(access.role)) {
        return message(403, 'you cannot change the role of a member at or above your role');
      }
      target.role = body.value.role as Role;
      return empty(200);
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/namespaces/:tenant/members/:uid',
    auth: 'jwt',
    handle(context) {
      const access = namespaceAccess(context, context.params.tenant ?? '', 'administrator');
      if (!access.ok) return access.outcome;
      const { namespace } = access;
      const target = namespace.members.find((member) => member.id === context.params.uid);
      if (!target) return message(404, 'member not found');
      if (target.id === access.userId) return message(403, 'you cannot remove yourself');
      if (roleRank(target.role) >= roleRank(access.role)) {
        return message(403, 'you cannot remove a member at or above your role');
      }
      namespace.members = namespace.members.filter((member) => member !== target);
      const slice = context.state.namespacesSlice;
      slice.invitations = slice.invitations.filter(
        (invite) => !(invite.tenantId === namespace.tenantId && invite.userId === target.id),
      );
      return json(namespaceView(context.state, namespace));
    },
  },
];
