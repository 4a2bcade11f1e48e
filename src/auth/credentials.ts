import { z } from 'zod/mini';
import { jidotekiKeyFromToken } from '@/lib/jidotekiSigning';

export const SHELLHUB_ROLES = ['observer', 'operator', 'administrator', 'owner'] as const;
const shellHubRoleSchema = z.enum(SHELLHUB_ROLES);

/** What a session holds for each kind. Jidoteki in hash mode keeps only sha256(token). */
export const credentialSchema = z.union([
  z.object({ kind: z.literal('jidoteki'), mode: z.literal('hash'), key: z.string() }),
  z.object({ kind: z.literal('jidoteki'), mode: z.literal('token'), token: z.string() }),
  /** The VNS3 API password; the user name is always `api`. */
  z.object({ kind: z.literal('vns3'), password: z.string() }),
  z.object({ kind: z.literal('evon'), token: z.string() }),
  z.object({ kind: z.literal('devicegw'), token: z.string() }),
  /** A ShellHub user session: the JWT, plus what its sign-in answered (the role is not in it). */
  z.object({
    kind: z.literal('shellhub'),
    jwt: z.string(),
    tenant: z.optional(z.string()),
    role: z.optional(shellHubRoleSchema),
    username: z.optional(z.string()),
  }),
  /** A ShellHub namespace API key (X-API-KEY); it belongs to one namespace and carries a role. */
  z.object({
    kind: z.literal('shellhub'),
    apiKey: z.string(),
    tenant: z.string(),
    role: shellHubRoleSchema,
  }),
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
