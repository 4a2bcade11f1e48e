import { z } from 'zod/mini';
import type { HttpClient } from '../http';
import { jidotekiPath } from './client';

/** The appliance's rule for `newtoken`: 1–255 printable ASCII characters, codes 33 to 126. */
export const jidotekiTokenSchema = z
  .string()
  .check(
    z.minLength(1, 'Enter a token'),
    z.maxLength(255, 'Use at most 255 characters'),
    z.regex(/^[\x21-\x7e]*$/, 'Use printable ASCII characters only: no spaces, accents or emoji'),
  );

const statusSchema = z.object({ Status: z.string() });

/** POST /setup: first-run with an unsigned client, or a token change with a signed one. */
export function postSetup(client: HttpClient, newToken: string, signal?: AbortSignal) {
  const form = new FormData();
  form.append('newtoken', newToken);
  return client.json(
    { method: 'POST', path: jidotekiPath('setup'), body: form, signal },
    statusSchema,
  );
}

/** Fields of a form where a new token is typed twice; check the object with `tokensMatch`. */
export const newTokenFields = { newToken: jidotekiTokenSchema, confirm: z.string() };

export const tokensMatch = z.refine<{ newToken: string; confirm: string }>(
  (values) => values.confirm === values.newToken,
  { path: ['confirm'], message: 'The two tokens differ' },
);
