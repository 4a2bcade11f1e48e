import { issueJwt, verifyJwt } from '../jwt.ts';
import type { ShellHubState } from '../state.ts';

/** Issues a JWT with the instance's lifetime and remembers its id, so it can be revoked. */
export function issueSessionToken(
  state: ShellHubState,
  subject: Parameters<typeof issueJwt>[0],
  now: number,
): string {
  const token = issueJwt(subject, now, state.account.tokenLifetimeSeconds);
  const jti = verifyJwt(token, now)?.jti;
  if (jti) state.account.issuedJtis.add(jti);
  return token;
}

/** Control `revokeTokens`: every token issued so far gets 401 from now on. */
export function revokeIssuedTokens(state: ShellHubState) {
  for (const jti of state.account.issuedJtis) state.account.revokedJtis.add(jti);
  state.account.issuedJtis.clear();
}
