/**
 * Shape checks for PEM files (RFC 7468) before they are uploaded: certificates, and unencrypted
 * RSA private keys. Each check returns what is wrong, in words for the user, or null.
 */

export interface PemBlock {
  label: string;
  /** RFC 1421 headers such as `Proc-Type: 4,ENCRYPTED` (legacy encrypted keys). */
  headers: Record<string, string>;
  /** The DER bytes the base64 body holds. */
  der: Uint8Array;
}

export type PemParse = { blocks: PemBlock[] } | { error: string };

export const ENCRYPTED_KEY_MESSAGE =
  'The key is encrypted: the appliance needs an unencrypted RSA key';

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----$/;
const END = /^-----END ([A-Z0-9][A-Z0-9 ]*)-----$/;
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;
const HEADER = /^([A-Za-z0-9-]+):\s*(.*)$/;

function decodeBase64(body: string): Uint8Array | null {
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return null;
  }
  try {
    return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Every `-----BEGIN X-----` … `-----END X-----` block; text between blocks is allowed (openssl
 * writes `subject=` lines there), text inside must be headers then base64.
 */
export function parsePem(text: string): PemParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: PemBlock[] = [];
  let open: OpenBlock | null = null;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    const lineNo = index + 1;
    if (!open) {
      const begin = BEGIN.exec(line);
      if (begin) open = { label: begin[1] ?? '', headers: {}, body: [], gapAt: null };
      else if (END.test(line)) return { error: `Line ${lineNo} ends a block that never began` };
      continue;
    }
    const end = END.exec(line);
    if (end) {
      if (end[1] !== open.label) {
        return {
          error: `The ${open.label} block is closed by -----END ${end[1]}----- (line ${lineNo})`,
        };
      }
      const block = closeBlock(open);
      if ('error' in block) return block;
      blocks.push(block);
      open = null;
      continue;
    }
    if (BEGIN.test(line)) {
      return { error: `The ${open.label} block is not closed before line ${lineNo}` };
    }
    const header = open.body.length === 0 ? HEADER.exec(line) : null;
    if (header) {
      open.headers[header[1] ?? ''] = header[2] ?? '';
    } else if (line === '') {
      // Allowed after headers; inside the body only when nothing but the END line follows.
      if (open.body.length > 0) open.gapAt ??= lineNo;
    } else if (BASE64_LINE.test(line)) {
      if (open.gapAt !== null) {
        return { error: `The ${open.label} block has an empty line (line ${open.gapAt})` };
      }
      open.body.push(line);
    } else {
      return { error: `The ${open.label} block has a line that is not base64 (line ${lineNo})` };
    }
  }
  if (open) {
    return {
      error: `The ${open.label} block is not closed: -----END ${open.label}----- is missing`,
    };
  }
  return { blocks };
}

interface OpenBlock {
  label: string;
  headers: Record<string, string>;
  body: string[];
  gapAt: number | null;
}

function closeBlock(open: OpenBlock): PemBlock | { error: string } {
  const der = decodeBase64(open.body.join(''));
  if (!der) return { error: `The ${open.label} block does not hold valid base64` };
  // Certificates and keys are DER SEQUENCEs (0x30), unless encrypted under Proc-Type.
  if (der[0] !== 0x30 && !('Proc-Type' in open.headers)) {
    return { error: `The ${open.label} block does not hold DER data` };
  }
  return { label: open.label, headers: open.headers, der };
}

function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\x00-\x08\x0e-\x1f]/.test(text);
}

function noBlockMessage(text: string, expected: string): string {
  if (text.trim() === '') return 'The file is empty';
  if (looksBinary(text)) {
    return `This is a binary file; the appliance needs PEM text starting with -----BEGIN ${expected}-----`;
  }
  return `No PEM block found: expected -----BEGIN ${expected}-----`;
}

/** One or more CERTIFICATE blocks, nothing else (the public certificate, or a CA chain). */
export function checkCertificatePem(text: string): string | null {
  const parsed = parsePem(text);
  if ('error' in parsed) return parsed.error;
  if (parsed.blocks.length === 0) return noBlockMessage(text, 'CERTIFICATE');
  for (const block of parsed.blocks) {
    if (block.label.includes('PRIVATE KEY')) {
      return 'This file holds a private key, not a certificate';
    }
    if (block.label !== 'CERTIFICATE') {
      return `This file holds ${block.label}; expected only CERTIFICATE blocks`;
    }
  }
  return null;
}

/** rsaEncryption, OID 1.2.840.113549.1.1.1, as DER: how a PKCS #8 key says it is RSA. */
const RSA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

function containsBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Exactly one unencrypted RSA key: `RSA PRIVATE KEY` (PKCS #1) or `PRIVATE KEY` (PKCS #8 with
 * the rsaEncryption algorithm).
 */
export function checkPrivateKeyPem(text: string): string | null {
  if (
    /-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(text) ||
    /Proc-Type:\s*4,\s*ENCRYPTED/i.test(text)
  ) {
    return ENCRYPTED_KEY_MESSAGE;
  }
  const parsed = parsePem(text);
  if ('error' in parsed) return parsed.error;
  const [block, ...others] = parsed.blocks;
  if (!block) return noBlockMessage(text, 'RSA PRIVATE KEY');
  if (block.label.includes('CERTIFICATE')) {
    return 'This file holds a certificate, not a private key';
  }
  if (others.length > 0)
    return 'The file holds more than one PEM block; choose a file with the key only';
  if (block.label === 'RSA PRIVATE KEY') return null;
  if (block.label === 'PRIVATE KEY') {
    return containsBytes(block.der.subarray(0, 32), RSA_OID)
      ? null
      : 'The appliance needs an RSA key; this key uses another algorithm';
  }
  return block.label.endsWith('PRIVATE KEY')
    ? `The appliance needs an RSA key; this file holds ${block.label}`
    : `This file holds ${block.label}, not a private key`;
}
