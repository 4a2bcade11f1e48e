import { createHash } from 'node:crypto';

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

/** The key blob of an authorized_keys line `type base64 [comment]`, or null when malformed. */
export function keyBlob(line: string): Buffer | null {
  const [type, encoded] = line.trim().split(/\s+/);
  if (!type || !encoded || !KEY_TYPES.includes(type)) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return null;
  const blob = Buffer.from(encoded, 'base64');
  if (blob.length < 4) return null;
  const length = blob.readUInt32BE(0);
  if (length + 4 > blob.length || blob.subarray(4, 4 + length).toString('latin1') !== type) {
    return null;
  }
  return blob;
}

/** MD5 fingerprint `aa:bb:…` (16 bytes), as ShellHub uses for a key's id. */
export function fingerprintOf(line: string): string | null {
  const blob = keyBlob(line);
  if (!blob) return null;
  return (createHash('md5').update(blob).digest('hex').match(/../g) ?? []).join(':');
}
