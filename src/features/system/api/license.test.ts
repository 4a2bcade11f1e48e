import { describe, expect, it } from 'vitest';
import { type License, licenseSchema, sameLicense } from './license';

/** The sample response from the Jidoteki Admin API doc (GET and POST /license). */
const DOC_SAMPLE = {
  app: 'enterprise',
  users: 20,
  expires: '19 January 2038',
  name: 'Enterprise Company',
  contact: 'cto@enterprise',
};

describe('licenseSchema', () => {
  it('parses the documented sample unchanged', () => {
    expect(licenseSchema.parse(DOC_SAMPLE)).toEqual(DOC_SAMPLE);
  });

  it('accepts a user count written as a string', () => {
    expect(licenseSchema.parse({ ...DOC_SAMPLE, users: 'unlimited' }).users).toBe('unlimited');
  });

  it.each([
    ['a missing expiry', { ...DOC_SAMPLE, expires: undefined }],
    ['a missing name', { app: 'enterprise', users: 20, expires: 'x', contact: 'c' }],
    ['users as a boolean', { ...DOC_SAMPLE, users: true }],
    ['an expiry as a number', { ...DOC_SAMPLE, expires: 2147483647 }],
    ['the status envelope', { Status: '200 OK' }],
    ['a string', 'enterprise'],
  ])('rejects %s', (_label, data) => {
    expect(licenseSchema.safeParse(data).success).toBe(false);
  });
});

describe('sameLicense', () => {
  const license: License = DOC_SAMPLE;

  it('is true for equal fields, and for a user count given as number or string', () => {
    expect(sameLicense(license, { ...license })).toBe(true);
    expect(sameLicense(license, { ...license, users: '20' })).toBe(true);
  });

  it.each(['app', 'expires', 'name', 'contact'] as const)('sees a changed %s', (field) => {
    expect(sameLicense(license, { ...license, [field]: 'other' })).toBe(false);
  });

  it('sees a changed user count', () => {
    expect(sameLicense(license, { ...license, users: 50 })).toBe(false);
  });

  it('treats "no license" as equal only to "no license"', () => {
    expect(sameLicense(null, null)).toBe(true);
    expect(sameLicense(null, license)).toBe(false);
    expect(sameLicense(license, null)).toBe(false);
  });
});
