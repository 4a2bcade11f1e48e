import { randomUUID } from 'node:crypto';
import type { SimOutcome } from '../../framework/types.ts';
import { empty, invalid, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import type { ShellHubState, User } from '../state.ts';
import { applyUser } from './control.ts';
import { sendMail } from './mail.ts';
import {
  EMAIL_PATTERN,
  NAME_MAX,
  USERNAME_PATTERN,
  passwordProblem,
  requireStrings,
} from './rules.ts';
import { findByIdentifier } from './userAuth.ts';

/** `PATCH /api/users`: any of name, username, e-mail, recovery e-mail, password (with the current one). */
async function updateUser({ state, request, caller }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  return applyChanges(state, caller.user, body.value);
}

const DATA_FIELDS = ['name', 'username', 'email', 'recovery_email'];

/** The seed's `PATCH /api/users/{id}/data`: the profile fields of the caller (id must be theirs). */
async function updateUserData({ state, request, caller, params }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt' || params.id !== caller.user.id) return message(403, 'forbidden');
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const picked = Object.fromEntries(
    Object.entries(body.value).filter(([key]) => DATA_FIELDS.includes(key)),
  );
  return applyChanges(state, caller.user, picked);
}

/** The seed's `PATCH /api/users/{id}/password {current_password, new_password}`. */
async function updateUserPassword({ state, request, caller, params }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt' || params.id !== caller.user.id) return message(403, 'forbidden');
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const { current_password: current, new_password: next } = body.value;
  const fields: Record<string, string> = {};
  const problem = typeof next === 'string' ? passwordProblem(next) : 'is required';
  if (problem) fields.new_password = problem;
  if (typeof current !== 'string' || !current) fields.current_password = 'is required';
  if (Object.keys(fields).length) return invalid(fields);
  return applyChanges(state, caller.user, { password: next, current_password: current });
}

/** `DELETE /api/user`: the caller's account; owners delete their namespaces first. */
function deleteUser({ state, caller }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const user = caller.user;
  const owned = state.namespaces.filter((namespace) => namespace.owner === user.id);
  if (owned.length > 0) {
    return message(
      403,
      `delete the namespaces you own first: ${owned.map((namespace) => namespace.name).join(', ')}`,
    );
  }
  for (const namespace of state.namespaces) {
    namespace.members = namespace.members.filter((member) => member.id !== user.id);
  }
  state.users = state.users.filter((candidate) => candidate.id !== user.id);
  return empty(200);
}

function applyChanges(
  state: ShellHubState,
  user: User,
  value: Record<string, unknown>,
): SimOutcome {
  const fields: Record<string, string> = {};
  const str = (name: string) =>
    typeof value[name] === 'string' ? (value[name] as string) : undefined;
  for (const name of [
    'name',
    'username',
    'email',
    'recovery_email',
    'password',
    'current_password',
  ])
    if (value[name] !== undefined && typeof value[name] !== 'string')
      fields[name] = 'must be a string';
  const name = str('name');
  if (name !== undefined && (name.trim() === '' || name.length > NAME_MAX))
    fields.name = `must be 1 to ${NAME_MAX} characters`;
  const username = str('username');
  if (username !== undefined && !USERNAME_PATTERN.test(username))
    fields.username = 'must be 3 to 30 letters, digits or - _ . @';
  const email = str('email');
  if (email !== undefined && !EMAIL_PATTERN.test(email)) fields.email = 'must be an e-mail address';
  const recoveryEmail = str('recovery_email');
  if (recoveryEmail !== undefined) {
    if (!EMAIL_PATTERN.test(recoveryEmail)) fields.recovery_email = 'must be an e-mail address';
    else if (recoveryEmail.toLowerCase() === (email ?? user.email).toLowerCase())
      fields.recovery_email = 'must differ from the e-mail address';
  }
  const password = str('password');
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) fields.password = problem;
    if (!str('current_password')) fields.current_password = 'is required to change the password';
  }
  if (Object.keys(fields).length) return invalid(fields);
  const others = state.users.filter((candidate) => candidate.id !== user.id);
  const conflicts: Record<string, string> = {};
  if (username && others.some((other) => other.username.toLowerCase() === username.toLowerCase()))
    conflicts.username = 'is already taken';
  if (email && others.some((other) => other.email.toLowerCase() === email.toLowerCase()))
    conflicts.email = 'is already taken';
  if (Object.keys(conflicts).length) {
    return {
      result: new Response(JSON.stringify({ message: 'conflict', fields: conflicts }), {
        status: 409,
        statusText: 'Conflict',
        headers: { 'Content-Type': 'application/json' },
      }),
    };
  }
  if (password !== undefined && str('current_password') !== user.password) {
    return message(403, 'the current password is wrong');
  }
  if (name !== undefined) user.name = name;
  if (username !== undefined) user.username = username;
  if (email !== undefined) user.email = email;
  if (recoveryEmail !== undefined) user.recoveryEmail = recoveryEmail;
  if (password !== undefined) user.password = password;
  return empty(200);
}

async function recoverPassword({ state, request, url, now }: ShellHubRouteContext) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['username']);
  if (!fields.ok) return invalid(fields.fields);
  const user = findByIdentifier(state, fields.value.username);
  // Same answer for unknown users: the form must not reveal who has an account.
  if (user) {
    const token = randomUUID();
    state.account.passwordTokens.set(user.id, token);
    const link = `${url.origin}/update-password?id=${user.id}&token=${token}`;
    sendMail(state, user.email, 'Reset your password', link, now);
  }
  return empty(200);
}

async function updatePassword({ state, request, params }: ShellHubRouteContext) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['password', 'token']);
  if (!fields.ok) return invalid(fields.fields);
  const problem = passwordProblem(fields.value.password);
  if (problem) return invalid({ password: problem });
  const uid = params.uid ?? '';
  const user = state.users.find((candidate) => candidate.id === uid);
  if (!user || state.account.passwordTokens.get(uid) !== fields.value.token) {
    return message(403, 'this password link is invalid or was already used');
  }
  state.account.passwordTokens.delete(uid);
  user.password = fields.value.password;
  return empty(200);
}

async function resendConfirmation({ state, request, url, now }: ShellHubRouteContext) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['username']);
  if (!fields.ok) return invalid(fields.fields);
  const user = findByIdentifier(state, fields.value.username);
  if (user && !user.confirmed) {
    const link = `${url.origin}/api/user/validation_account?email=${encodeURIComponent(user.email)}&token=${user.id}`;
    sendMail(state, user.email, 'Confirm your account', link, now);
  }
  return empty(200);
}

/** `POST /api/register`: an unconfirmed account without a namespace; the link confirms it. */
async function register({ state, request, url, now }: ShellHubRouteContext) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const required = requireStrings(body.value, ['name', 'email', 'username', 'password']);
  const fields: Record<string, string> = required.ok ? {} : { ...required.fields };
  const { name, email, username, password } = body.value;
  if (typeof name === 'string' && name.length > NAME_MAX)
    fields.name = `must be 1 to ${NAME_MAX} characters`;
  if (typeof email === 'string' && email && !EMAIL_PATTERN.test(email))
    fields.email = 'must be an e-mail address';
  if (typeof username === 'string' && username && !USERNAME_PATTERN.test(username))
    fields.username = 'must be 3 to 30 letters, digits or - _ . @';
  const problem = typeof password === 'string' && password ? passwordProblem(password) : null;
  if (problem) fields.password = problem;
  if (typeof body.value.email_marketing !== 'boolean') fields.email_marketing = 'must be a boolean';
  if (Object.keys(fields).length || !required.ok) return invalid(fields);
  const values = required.value;
  const taken: Record<string, string> = {};
  if (state.users.some((user) => user.username.toLowerCase() === values.username.toLowerCase()))
    taken.username = 'is already taken';
  if (state.users.some((user) => user.email.toLowerCase() === values.email.toLowerCase()))
    taken.email = 'is already taken';
  if (Object.keys(taken).length) {
    return {
      result: new Response(JSON.stringify({ message: 'conflict', fields: taken }), {
        status: 409,
        statusText: 'Conflict',
        headers: { 'Content-Type': 'application/json' },
      }),
    };
  }
  const id = randomUUID().replace(/-/g, '').slice(0, 24);
  state.users.push({
    id,
    username: values.username,
    name: values.name,
    email: values.email,
    recoveryEmail: '',
    password: values.password,
    confirmed: false,
    awaitingApproval: false,
    preferredTenant: '',
    mfa: { enabled: false, secret: '', recoveryCodes: [] },
    maxNamespaces: 5,
    createdAt: now,
  });
  const link = `${url.origin}/api/user/validation_account?email=${encodeURIComponent(values.email)}&token=${id}`;
  sendMail(state, values.email, 'Confirm your account', link, now);
  return empty(200);
}

/**
 * `POST /api/setup?sign=`: the first-run admin and a namespace named after the username; the
 * signature is what the server's setup script printed (control field `setupSign`).
 */
async function setup({ state, request, url, now }: ShellHubRouteContext) {
  const expected = state.account.setupSign;
  if (expected === null) return message(403, 'the server is already set up');
  if (url.searchParams.get('sign') !== expected) return message(403, 'invalid setup signature');
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const required = requireStrings(body.value, ['name', 'email', 'username', 'password']);
  const fields: Record<string, string> = required.ok ? {} : { ...required.fields };
  const { name, email, username, password } = body.value;
  if (typeof name === 'string' && name && (name.length < 3 || name.length > 20))
    fields.name = 'must be 3 to 20 characters';
  if (typeof email === 'string' && email && !EMAIL_PATTERN.test(email))
    fields.email = 'must be an e-mail address';
  if (typeof username === 'string' && username && !USERNAME_PATTERN.test(username))
    fields.username = 'must be 3 to 30 letters, digits or - _ . @';
  const problem = typeof password === 'string' && password ? passwordProblem(password) : null;
  if (problem) fields.password = problem;
  if (Object.keys(fields).length || !required.ok) return invalid(fields);
  const values = required.value;
  if (state.users.some((user) => user.username.toLowerCase() === values.username.toLowerCase()))
    return message(409, 'the username is already taken');
  applyUser(
    state,
    {
      username: values.username,
      password: values.password,
      name: values.name,
      email: values.email,
      role: 'owner',
      tenant: randomUUID(),
      namespace: values.username.toLowerCase(),
    },
    now,
  );
  state.account.setupSign = null;
  return empty(200);
}

function validateAccount({ state, url }: ShellHubRouteContext) {
  const email = url.searchParams.get('email') ?? '';
  const token = url.searchParams.get('token') ?? '';
  const user = state.users.find((candidate) => candidate.email === email && candidate.id === token);
  if (!user) return message(404, 'invalid activation link');
  user.confirmed = true;
  return empty(200);
}

export const profileRoutes: ShellHubRoute[] = [
  { method: 'PATCH', pattern: '/api/users', auth: 'jwt', handle: updateUser },
  { method: 'PATCH', pattern: '/api/users/:id/data', auth: 'jwt', handle: updateUserData },
  { method: 'PATCH', pattern: '/api/users/:id/password', auth: 'jwt', handle: updateUserPassword },
  { method: 'DELETE', pattern: '/api/user', auth: 'jwt', handle: deleteUser },
  { method: 'POST', pattern: '/api/user/recover_password', auth: 'none', handle: recoverPassword },
  {
    method: 'POST',
    pattern: '/api/user/:uid/update_password',
    auth: 'none',
    handle: updatePassword,
  },
  { method: 'POST', pattern: '/api/register', auth: 'none', handle: register },
  { method: 'POST', pattern: '/api/setup', auth: 'none', handle: setup },
  { method: 'POST', pattern: '/api/user/resend_email', auth: 'none', handle: resendConfirmation },
  { method: 'GET', pattern: '/api/user/validation_account', auth: 'none', handle: validateAccount },
];
