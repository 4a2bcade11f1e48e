import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const CHUNK = 4 * 1024 * 1024;

/**
 * SHA-256 of a file, read in chunks so large packages do not sit in memory at once. Works on
 * plain-http appliances too, where WebCrypto's subtle API is missing.
 */
export async function sha256File(
  file: Blob,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const hash = sha256.create();
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    signal?.throwIfAborted();
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    hash.update(chunk);
    onProgress?.(Math.min(1, (offset + chunk.byteLength) / file.size));
  }
  return bytesToHex(hash.digest());
}
