import { z } from 'zod/mini';
import type { ApiTarget } from '@/api/http';
import { createJidotekiClient } from '@/api/jidoteki/client';
import { jidotekiTokenSchema } from '@/api/jidoteki/setup';
import { fetchVersion } from '@/api/jidoteki/version';
import type { JidotekiCredential } from '@/auth/credentials';
import { jidotekiKeyFromToken } from '@/lib/jidotekiSigning';

export const WRONG_TOKEN_MESSAGE = 'This is not the token this session signed in with';

/** The token typed to switch to token mode must hash to the key the session signs with. */
export function currentTokenSchema(sessionKey: string) {
  return z.object({ token: jidotekiTokenSchema }).check(
    z.refine((values) => jidotekiKeyFromToken(values.token) === sessionKey, {
      path: ['token'],
      message: WRONG_TOKEN_MESSAGE,
    }),
  );
}

/**
 * GET /version signed with a credential the session does not use yet. The client has no session
 * hooks, so a 403 here reports the problem instead of signing the user out.
 */
export function verifyCredential(
  target: ApiTarget,
  credential: JidotekiCredential,
  signal?: AbortSignal,
) {
  return fetchVersion(createJidotekiClient(target, credential), signal);
}
