import { latin1 } from '../bytes.ts';

export interface PackageFailure {
  step: 'decrypt' | 'verify' | 'extract' | 'version' | 'script';
  code: string;
  message: string;
}

export interface PackagePlan {
  version: string | null;
  hasUpdateScript: boolean;
  failure: PackageFailure | null;
}

export const ENCRYPTED_MAGIC = 'Salted__';

export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (v.match(/\d+/g) ?? []).map(Number);
  const left = parts(a);
  const right = parts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export function inspectPackage(bytes: Uint8Array, currentVersion: string): PackagePlan {
  const text = latin1(bytes);
  const declared = /version=v?(\d+\.\d+\.\d+)/.exec(text)?.[1] ?? null;
  const version = text.includes('OLDVERSION') ? '0.9.0' : declared;
  const plan = (failure: PackageFailure | null): PackagePlan => ({
    version,
    hasUpdateScript: !text.includes('NOSCRIPT'),
    failure,
  });
  if (!text.startsWith(ENCRYPTED_MAGIC) || text.includes('CORRUPT')) {
    return plan({
      step: 'decrypt',
      code: 'E1005',
      message: 'Error decrypting software update package',
    });
  }
  if (text.includes('BADSIGNATURE')) {
    return plan({
      step: 'verify',
      code: 'E1005',
      message: 'Error verifying software update package signature',
    });
  }
  if (text.includes('BADARCHIVE')) {
    return plan({
      step: 'extract',
      code: 'E1005',
      message: 'Error extracting software update package',
    });
  }
  if (version !== null) {
    const order = compareVersions(version, currentVersion);
    if (order < 0) {
      return plan({
        step: 'version',
        code: 'E1001',
        message: `software update package v${version} is too old.`,
      });
    }
    if (order === 0) {
      return plan({
        step: 'version',
        code: 'E1001',
        message: `software update package v${version} already up-to-date.`,
      });
    }
  }
  if (text.includes('FAILSCRIPT')) {
    return plan({ step: 'script', code: 'E1002', message: 'Error running update' });
  }
  return plan(null);
}
