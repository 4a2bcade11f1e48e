import { describe, expect, it } from 'vitest';
import {
  CA_PEM,
  CERTIFICATE_PEM,
  EC_KEY_PEM,
  ED25519_KEY_PEM,
  ENCRYPTED_PKCS8_KEY_PEM,
  ENCRYPTED_RSA_KEY_PEM,
  PKCS8_EC_KEY_PEM,
  PKCS8_RSA_KEY_PEM,
  RSA_KEY_PEM,
} from '@/test/pemSamples';
import { ENCRYPTED_KEY_MESSAGE, checkCertificatePem, checkPrivateKeyPem, parsePem } from './pem';

/** The API doc's sample certificate is abridged ("A .... MANY LINES LIKE THAT ...."). */
const DOC_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3Df
BAYTAkFVMRMwEQYDVQQIDApTb21lLVN0YXRlMSEwHwYDVx
aWRnaXRzIFB0eSBMdGQwHhcNMTExMjMxMDg1OTQ0WhcNMT
A .... MANY LINES LIKE THAT ....
JjyzfN746vaInA1KxYEeI1Rx5KXY8zIdj6a7hhphpj2E04
vA==
-----END CERTIFICATE-----`;

const body = (pem: string) =>
  pem
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .join('\n');

describe('parsePem', () => {
  it('reads every block with its DER bytes', () => {
    const parsed = parsePem(CERTIFICATE_PEM + CA_PEM);
    expect('blocks' in parsed && parsed.blocks.map((block) => block.label)).toEqual([
      'CERTIFICATE',
      'CERTIFICATE',
    ]);
    if ('blocks' in parsed) expect(parsed.blocks[0]?.der[0]).toBe(0x30);
  });

  it('reads the headers of a legacy encrypted key', () => {
    const parsed = parsePem(ENCRYPTED_RSA_KEY_PEM);
    expect('blocks' in parsed && parsed.blocks[0]?.headers['Proc-Type']).toBe('4,ENCRYPTED');
  });

  it('finds no block in plain text', () => {
    expect(parsePem('hello')).toEqual({ blocks: [] });
  });
});

describe('checkCertificatePem', () => {
  it.each([
    ['a certificate', CERTIFICATE_PEM],
    ['a chain of two', CERTIFICATE_PEM + CA_PEM],
    ['CRLF line endings', CERTIFICATE_PEM.replace(/\n/g, '\r\n')],
    ['a byte order mark', `\uFEFF${CERTIFICATE_PEM}`],
    [
      'openssl text around the block',
      `subject=CN = appliance\nissuer=CN = appliance\n${CERTIFICATE_PEM}\n`,
    ],
    ['no final newline', CERTIFICATE_PEM.trimEnd()],
    ['indented lines', CERTIFICATE_PEM.replace(/^/gm, '  ')],
    ['a blank line before the END line', CERTIFICATE_PEM.replace('\n-----END', '\n\n-----END')],
  ])('accepts %s', (_label, text) => {
    expect(checkCertificatePem(text)).toBeNull();
  });

  it.each([
    ['an empty file', '', 'The file is empty'],
    ['blank lines', '\n\n  \n', 'The file is empty'],
    ['plain text', 'my certificate', 'No PEM block found: expected -----BEGIN CERTIFICATE-----'],
    [
      'a binary DER file',
      '0\x82\x01\x970\x82\x01A\xa0\x03\x02\x01\x02',
      'This is a binary file; the appliance needs PEM text starting with -----BEGIN CERTIFICATE-----',
    ],
    ['a private key', RSA_KEY_PEM, 'This file holds a private key, not a certificate'],
    [
      'a certificate followed by its key',
      CERTIFICATE_PEM + RSA_KEY_PEM,
      'This file holds a private key, not a certificate',
    ],
    [
      'a certificate request',
      `-----BEGIN CERTIFICATE REQUEST-----\n${body(CERTIFICATE_PEM)}\n-----END CERTIFICATE REQUEST-----`,
      'This file holds CERTIFICATE REQUEST; expected only CERTIFICATE blocks',
    ],
    [
      'a missing END line',
      CERTIFICATE_PEM.replace('-----END CERTIFICATE-----', ''),
      'The CERTIFICATE block is not closed: -----END CERTIFICATE----- is missing',
    ],
    [
      'a mismatched END line',
      CERTIFICATE_PEM.replace('END CERTIFICATE', 'END PUBLIC KEY'),
      'The CERTIFICATE block is closed by -----END PUBLIC KEY----- (line 11)',
    ],
    [
      'an END without BEGIN',
      CERTIFICATE_PEM.replace('-----BEGIN CERTIFICATE-----', ''),
      'Line 11 ends a block that never began',
    ],
    [
      'a BEGIN inside a block',
      CERTIFICATE_PEM.replace('-----END CERTIFICATE-----', '') + CA_PEM,
      'The CERTIFICATE block is not closed before line 12',
    ],
    [
      'the abridged example from the API doc',
      DOC_CERTIFICATE,
      'The CERTIFICATE block has a line that is not base64 (line 5)',
    ],
    [
      'an empty body',
      '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n',
      'The CERTIFICATE block does not hold valid base64',
    ],
    [
      'a body of the wrong length',
      '-----BEGIN CERTIFICATE-----\nMIIBlzCCAUGg\nAwI\n-----END CERTIFICATE-----\n',
      'The CERTIFICATE block does not hold valid base64',
    ],
    [
      'padding in the middle',
      '-----BEGIN CERTIFICATE-----\nMIIB=zCCAUGg\n-----END CERTIFICATE-----\n',
      'The CERTIFICATE block does not hold valid base64',
    ],
    [
      'base64 that is not DER',
      '-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQh\n-----END CERTIFICATE-----\n',
      'The CERTIFICATE block does not hold DER data',
    ],
    [
      'an empty line inside the body',
      CERTIFICATE_PEM.replace('\nBQAw', '\n\nBQAw'),
      'The CERTIFICATE block has an empty line (line 3)',
    ],
    [
      'lower-case armour',
      CERTIFICATE_PEM.replace(/CERTIFICATE/g, 'certificate'),
      'No PEM block found: expected -----BEGIN CERTIFICATE-----',
    ],
  ])('refuses %s', (_label, text, message) => {
    expect(checkCertificatePem(text)).toBe(message);
  });
});

describe('checkPrivateKeyPem', () => {
  it.each([
    ['an RSA PRIVATE KEY (PKCS #1)', RSA_KEY_PEM],
    ['an RSA key as PRIVATE KEY (PKCS #8)', PKCS8_RSA_KEY_PEM],
    ['CRLF line endings', RSA_KEY_PEM.replace(/\n/g, '\r\n')],
    ['text before the block', `Private-Key: (512 bit)\n${RSA_KEY_PEM}`],
  ])('accepts %s', (_label, text) => {
    expect(checkPrivateKeyPem(text)).toBeNull();
  });

  it.each([
    ['an ENCRYPTED PRIVATE KEY', ENCRYPTED_PKCS8_KEY_PEM],
    ['a Proc-Type: 4,ENCRYPTED key', ENCRYPTED_RSA_KEY_PEM],
    ['an encrypted key whose END line is missing', ENCRYPTED_PKCS8_KEY_PEM.split('-----END')[0]!],
  ])('refuses %s as encrypted', (_label, text) => {
    expect(checkPrivateKeyPem(text)).toBe(ENCRYPTED_KEY_MESSAGE);
    expect(ENCRYPTED_KEY_MESSAGE).toBe(
      'The key is encrypted: the appliance needs an unencrypted RSA key',
    );
  });

  it.each([
    ['an empty file', '', 'The file is empty'],
    ['plain text', 'secret', 'No PEM block found: expected -----BEGIN RSA PRIVATE KEY-----'],
    ['a certificate', CERTIFICATE_PEM, 'This file holds a certificate, not a private key'],
    ['an EC key', EC_KEY_PEM, 'The appliance needs an RSA key; this file holds EC PRIVATE KEY'],
    [
      'an EC key as PKCS #8',
      PKCS8_EC_KEY_PEM,
      'The appliance needs an RSA key; this key uses another algorithm',
    ],
    [
      'an Ed25519 key',
      ED25519_KEY_PEM,
      'The appliance needs an RSA key; this key uses another algorithm',
    ],
    [
      'an OpenSSH key',
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${body(RSA_KEY_PEM)}\n-----END OPENSSH PRIVATE KEY-----\n`,
      'The appliance needs an RSA key; this file holds OPENSSH PRIVATE KEY',
    ],
    [
      'a public key',
      `-----BEGIN PUBLIC KEY-----\n${body(RSA_KEY_PEM)}\n-----END PUBLIC KEY-----\n`,
      'This file holds PUBLIC KEY, not a private key',
    ],
    [
      'two keys',
      RSA_KEY_PEM + PKCS8_RSA_KEY_PEM,
      'The file holds more than one PEM block; choose a file with the key only',
    ],
    [
      'a missing END line',
      RSA_KEY_PEM.replace('-----END RSA PRIVATE KEY-----', ''),
      'The RSA PRIVATE KEY block is not closed: -----END RSA PRIVATE KEY----- is missing',
    ],
    [
      'a damaged body',
      RSA_KEY_PEM.replace(/\n[A-Za-z0-9+/]{4}/, '\n!!!!'),
      'The RSA PRIVATE KEY block has a line that is not base64 (line 2)',
    ],
  ])('refuses %s', (_label, text, message) => {
    expect(checkPrivateKeyPem(text)).toBe(message);
  });
});
