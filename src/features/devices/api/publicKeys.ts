import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { HttpClient } from '@/api/http';
import { fetchShellHubPage } from '@/api/shellhub/shdevices';
import { deviceFilterChecks, deviceFilterFields, filterBody, regexpField } from './filterRules';
import { shKeys } from './keys';
import { publicKeySchema } from './schemas';

const KEY_TYPES = [
  'ssh-rsa',
  'ssh-ed25519',
  'ssh-dss',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
];

/** An authorized_keys line `type base64 [comment]` whose blob names the same key type. */
export function isPublicKeyLine(line: string): boolean {
  const [type, encoded] = line.trim().split(/\s+/);
  if (!type || !encoded || !KEY_TYPES.includes(type)) return false;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return false;
  let blob: string;
  try {
    blob = atob(encoded);
  } catch {
    return false;
  }
  if (blob.length < 4) return false;
  const length =
    ((blob.charCodeAt(0) << 24) |
      (blob.charCodeAt(1) << 16) |
      (blob.charCodeAt(2) << 8) |
      blob.charCodeAt(3)) >>>
    0;
  return length + 4 <= blob.length && blob.slice(4, 4 + length) === type;
}

/** GET /api/sshkeys/public-keys: one page of 100. */
export function publicKeysQuery(connectionId: string, client: HttpClient) {
  return queryOptions({
    queryKey: shKeys.publicKeys(connectionId),
    queryFn: ({ signal }) =>
      fetchShellHubPage(
        client,
        '/api/sshkeys/public-keys',
        { page: '1', per_page: '100' },
        publicKeySchema,
        signal,
      ),
  });
}

const editableFields = {
  name: z.string().check(
    z.refine((value) => value.trim() !== '', 'Enter a name'),
    z.maxLength(64, 'At most 64 characters'),
  ),
  username: regexpField('the username'),
  ...deviceFilterFields,
};

export const publicKeyEditSchema = z.object(editableFields).check(...deviceFilterChecks);
export type PublicKeyEditValues = z.infer<typeof publicKeyEditSchema>;

export const publicKeyCreateSchema = z
  .object({
    ...editableFields,
    data: z
      .string()
      .check(
        z.refine(
          isPublicKeyLine,
          'Paste one OpenSSH public key line, e.g. "ssh-ed25519 AAAA… comment"',
        ),
      ),
  })
  .check(...deviceFilterChecks);
export type PublicKeyCreateValues = z.infer<typeof publicKeyCreateSchema>;

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text.trim())) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** POST /api/sshkeys/public-keys: `data` is base64 of the whole key line. */
export function createPublicKey(client: HttpClient, values: PublicKeyCreateValues) {
  return client.json(
    {
      method: 'POST',
      path: '/api/sshkeys/public-keys',
      body: {
        data: toBase64(values.data),
        name: values.name.trim(),
        username: values.username,
        filter: filterBody(values),
      },
    },
    publicKeySchema,
  );
}

/** PUT /api/sshkeys/public-keys/{fingerprint} {name, username, filter}. */
export function updatePublicKey(
  client: HttpClient,
  fingerprint: string,
  values: PublicKeyEditValues,
) {
  return client.json(
    {
      method: 'PUT',
      path: `/api/sshkeys/public-keys/${encodeURIComponent(fingerprint)}`,
      body: { name: values.name.trim(), username: values.username, filter: filterBody(values) },
    },
    publicKeySchema,
  );
}

/** DELETE /api/sshkeys/public-keys/{fingerprint}. */
export async function deletePublicKey(client: HttpClient, fingerprint: string) {
  await client.send({
    method: 'DELETE',
    path: `/api/sshkeys/public-keys/${encodeURIComponent(fingerprint)}`,
  });
}

/** POST /api/sshkeys/public-keys/{fingerprint}/tags {tag}. */
export async function addPublicKeyTag(client: HttpClient, fingerprint: string, tag: string) {
  await client.send({
    method: 'POST',
    path: `/api/sshkeys/public-keys/${encodeURIComponent(fingerprint)}/tags`,
    body: { tag },
  });
}

/** PUT /api/sshkeys/public-keys/{fingerprint}/tags {tags}: replaces the key's tags. */
export async function setPublicKeyTags(client: HttpClient, fingerprint: string, tags: string[]) {
  await client.send({
    method: 'PUT',
    path: `/api/sshkeys/public-keys/${encodeURIComponent(fingerprint)}/tags`,
    body: { tags },
  });
}

/** DELETE /api/sshkeys/public-keys/{fingerprint}/tags/{tag}. */
export async function removePublicKeyTag(client: HttpClient, fingerprint: string, tag: string) {
  await client.send({
    method: 'DELETE',
    path: `/api/sshkeys/public-keys/${encodeURIComponent(fingerprint)}/tags/${encodeURIComponent(tag)}`,
  });
}
