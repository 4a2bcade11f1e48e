import { z } from 'zod/mini';
import { jidotekiKeyFromToken } from '@/lib/jidotekiSigning';

/** What a session holds for each kind. Jidoteki in hash mode keeps only sha256(token). */
export const credentialSchema = z.union([
  z.object({ kind: z.literal('jidoteki'), mode: z.literal('hash'), key: z.string() }),
  z.object({ kind: z.literal('jidoteki'), mode: z.literal('token'), token: z.string() }),
  /** The VNS3 API password; the user name is always `api`. */
  z.object({ kind: z.literal('vns3'), password: z.string() }),
  z.object({ kind: z.literal('evon'), token: z.string() }),
  z.object({ kind: z.literal('devicegw'), token: z.string() }),
  z.object({ kind: z.literal('shellhub'), jwt: z.string() }),
]);

export type Credential = z.infer<typeof credentialSchema>;
export type JidotekiCredential = Extract<Credential, { kind: 'jidoteki' }>;
export type Vns3Credential = Extract<Credential, { kind: 'vns3' }>;
export type EvonCredential = Extract<Credential, { kind: 'evon' }>;
export type DeviceGatewayCredential = Extract<Credential, { kind: 'devicegw' }>;
export type ShellHubCredential = Extract<Credential, { kind: 'shellhub' }>;

/** Hash mode keeps only sha256(token); token mode keeps the token itself. */
export function toJidotekiCredential(token: string, mode: 'hash' | 'token'): JidotekiCredential {
  return mode === 'hash'
    ? { kind: 'jidoteki', mode: 'hash', key: jidotekiKeyFromToken(token) }
    : { kind: 'jidoteki', mode: 'token', token };
}
