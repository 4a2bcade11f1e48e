import { randomUUID } from 'node:crypto';
import { empty, invalid, json, message, readJsonObject } from '../http.ts';
import type { ShellHubRoute, ShellHubRouteContext } from '../routes.ts';
import type { User } from '../state.ts';
import { randomCode, sendMail } from './mail.ts';
import { requireStrings } from './rules.ts';
import { MFA_RESET_SECONDS, RECOVERY_WINDOW_SECONDS } from './state.ts';
import { randomSecret, verifyTotp } from './totp.ts';
import { findByIdentifier, landingTenant, userAuth } from './userAuth.ts';

const signedIn = (
  context: ShellHubRouteContext,
  user: User,
  headers: Record<string, string> = {},
) =>
  json(
    userAuth(context.state, user, landingTenant(context.state, user), context.now),
    200,
    headers,
  );

async function authenticate(context: ShellHubRouteContext) {
  const { state, request, now } = context;
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['token', 'code']);
  if (!fields.ok) return invalid(fields.fields);
  if (!/^\d{6}$/.test(fields.value.code)) return invalid({ code: 'must be 6 digits' });
  const pending = state.account.mfaTokens.get(fields.value.token);
  const user = pending && state.users.find((candidate) => candidate.id === pending.userId);
  if (!pending || pending.expiresAt <= now || !user) {
    return message(401, 'the sign-in has expired; enter your password again');
  }
  if (!verifyTotp(user.mfa.secret, fields.value.code, now)) {
    return message(401, 'invalid verification code');
  }
  state.account.mfaTokens.delete(fields.value.token);
  return signedIn(context, user);
}

function burnRecoveryCode(user: User, code: string): boolean {
  const index = user.mfa.recoveryCodes.indexOf(code.trim().toUpperCase());
  if (index === -1) return false;
  user.mfa.recoveryCodes.splice(index, 1);
  return true;
}

async function recover(context: ShellHubRouteContext) {
  const { state, request, now } = context;
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['identifier', 'recovery_code']);
  if (!fields.ok) return invalid(fields.fields);
  const user = findByIdentifier(state, fields.value.identifier);
  if (!user?.mfa.enabled || !burnRecoveryCode(user, fields.value.recovery_code)) {
    return message(401, 'invalid recovery code');
  }
  const expiresAt = now + RECOVERY_WINDOW_SECONDS * 1000;
  state.account.recoveryWindows.set(user.id, expiresAt);
  return signedIn(context, user, { 'X-Expires-At': String(Math.floor(expiresAt / 1000)) });
}

function disableMfa(user: User) {
  user.mfa = { enabled: false, secret: '', recoveryCodes: [] };
}

function disableAfterRecovery({ state, caller, now }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const until = state.account.recoveryWindows.get(caller.user.id) ?? 0;
  state.account.recoveryWindows.delete(caller.user.id);
  if (until <= now) return message(403, 'the recovery window has closed');
  disableMfa(caller.user);
  return empty(200);
}

async function requestReset({ state, request, url, now }: ShellHubRouteContext) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['identifier']);
  if (!fields.ok) return invalid(fields.fields);
  const user = findByIdentifier(state, fields.value.identifier);
  if (!user?.mfa.enabled) return message(404, 'no account with MFA matches this identifier');
  const token = randomUUID();
  const reset = {
    userId: user.id,
    mainCode: randomCode(5),
    recoveryCode: randomCode(5),
    expiresAt: now + MFA_RESET_SECONDS * 1000,
  };
  state.account.mfaResets.set(token, reset);
  sendMail(state, user.email, 'Reset your MFA: code 1 of 2', reset.mainCode, now);
  sendMail(state, user.recoveryEmail, 'Reset your MFA: code 2 of 2', reset.recoveryCode, now);
  // 0.17.1 answered with an empty body: the user id came through this link.
  const link = `${url.origin}/reset-mfa?id=${user.id}`;
  sendMail(state, user.email, 'Reset your MFA: enter both codes', link, now);
  return json({ token });
}

function matchingReset(context: ShellHubRouteContext, id: string, main: string, recovery: string) {
  const { state, now } = context;
  for (const [token, reset] of state.account.mfaResets) {
    if (token !== id && reset.userId !== id) continue;
    if (reset.expiresAt <= now) continue;
    if (
      reset.mainCode === main.trim().toUpperCase() &&
      reset.recoveryCode === recovery.trim().toUpperCase()
    ) {
      state.account.mfaResets.delete(token);
      return state.users.find((user) => user.id === reset.userId);
    }
  }
  return undefined;
}

async function completeReset(context: ShellHubRouteContext) {
  const body = await readJsonObject(context.request);
  if (!body.ok) return body.outcome;
  const fields = requireStrings(body.value, ['main_email_code', 'recovery_email_code']);
  if (!fields.ok) return invalid(fields.fields);
  const user = matchingReset(
    context,
    context.params['user-id'] ?? '',
    fields.value.main_email_code,
    fields.value.recovery_email_code,
  );
  if (!user) return message(403, 'the codes do not match or have expired');
  disableMfa(user);
  return signedIn(context, user);
}

function generate({ state, caller }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  if (caller.user.mfa.enabled) return message(409, 'MFA is already enabled');
  const secret = randomSecret();
  const recoveryCodes = Array.from({ length: 6 }, () => randomCode(16));
  state.account.generated.set(caller.user.id, { secret, recoveryCodes });
  const label = encodeURIComponent(`ShellHub:${caller.user.username}`);
  return json({
    link: `otpauth://totp/${label}?issuer=ShellHub&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    secret,
    recovery_codes: recoveryCodes,
  });
}

async function enable({ state, request, caller, now }: ShellHubRouteContext) {
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const { code, secret, recovery_codes: codes } = body.value;
  const fields: Record<string, string> = {};
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) fields.code = 'must be 6 digits';
  if (typeof secret !== 'string' || secret === '') fields.secret = 'is required';
  if (!Array.isArray(codes) || !codes.every((item) => typeof item === 'string'))
    fields.recovery_codes = 'must be a list of codes';
  if (Object.keys(fields).length) return invalid(fields);
  const user = caller.user;
  if (user.mfa.enabled) return message(409, 'MFA is already enabled');
  if (!user.recoveryEmail) return message(403, 'set a recovery e-mail address before enabling MFA');
  const generated = state.account.generated.get(user.id);
  if (!generated || generated.secret !== secret) {
    return message(403, 'these credentials were not generated for you; generate new ones');
  }
  if (!verifyTotp(generated.secret, code as string, now)) {
    return message(403, 'invalid verification code');
  }
  user.mfa = {
    enabled: true,
    secret: generated.secret,
    recoveryCodes: [...generated.recoveryCodes],
  };
  state.account.generated.delete(user.id);
  return empty(200);
}

async function disable(context: ShellHubRouteContext) {
  const { state, request, caller, now } = context;
  if (caller?.via !== 'jwt') return message(403, 'forbidden');
  const body = await readJsonObject(request);
  if (!body.ok) return body.outcome;
  const user = caller.user;
  if (!user.mfa.enabled) return message(400, 'MFA is not enabled');
  const given = Object.fromEntries(
    Object.entries(body.value).filter(([, value]) => typeof value === 'string' && value !== ''),
  ) as Record<string, string>;
  let ok = false;
  if (given.code !== undefined) {
    if (!/^\d{6}$/.test(given.code)) return invalid({ code: 'must be 6 digits' });
    ok = verifyTotp(user.mfa.secret, given.code, now);
  } else if (given.recovery_code !== undefined) {
    ok = burnRecoveryCode(user, given.recovery_code);
  } else if (given.main_email_code !== undefined || given.recovery_email_code !== undefined) {
    ok = Boolean(
      matchingReset(context, user.id, given.main_email_code ?? '', given.recovery_email_code ?? ''),
    );
  } else {
    ok = (state.account.recoveryWindows.get(user.id) ?? 0) > now;
    state.account.recoveryWindows.delete(user.id);
  }
  if (!ok) return message(403, 'invalid code');
  disableMfa(user);
  return empty(200);
}

export const mfaRoutes: ShellHubRoute[] = [
  { method: 'POST', pattern: '/api/user/mfa/auth', auth: 'none', handle: authenticate },
  { method: 'POST', pattern: '/api/user/mfa/recover', auth: 'none', handle: recover },
  {
    method: 'PUT',
    pattern: '/api/user/mfa/recovery/disable',
    auth: 'jwt',
    handle: disableAfterRecovery,
  },
  { method: 'POST', pattern: '/api/user/mfa/reset', auth: 'none', handle: requestReset },
  { method: 'PUT', pattern: '/api/user/mfa/reset/:user-id', auth: 'none', handle: completeReset },
  { method: 'GET', pattern: '/api/user/mfa/generate', auth: 'jwt', handle: generate },
  { method: 'PUT', pattern: '/api/user/mfa/enable', auth: 'jwt', handle: enable },
  { method: 'PUT', pattern: '/api/user/mfa/disable', auth: 'jwt', handle: disable },
];
