import { describe, expect, it } from 'vitest';
import { flattenServices, servicesSchema } from './services';

/** The sample response from the Jidoteki Admin API doc. */
const DOC_SAMPLE = { services: [{ openssh: 'running' }, { 'jidoteki-admin-api': 'running' }] };

describe('servicesSchema', () => {
  it('parses the documented sample unchanged', () => {
    expect(servicesSchema.parse(DOC_SAMPLE)).toEqual(DOC_SAMPLE);
  });

  it('accepts an empty list', () => {
    expect(servicesSchema.parse({ services: [] })).toEqual({ services: [] });
  });

  it.each([
    ['no services key', {}],
    ['services not an array', { services: { openssh: 'running' } }],
    ['a non-string status', { services: [{ openssh: true }] }],
    ['a bare string entry', { services: ['openssh'] }],
  ])('rejects %s', (_label, data) => {
    expect(servicesSchema.safeParse(data).success).toBe(false);
  });
});

describe('flattenServices', () => {
  it('turns the documented sample into one row per service, in order', () => {
    expect(flattenServices(servicesSchema.parse(DOC_SAMPLE))).toEqual([
      { name: 'openssh', status: 'running', running: true },
      { name: 'jidoteki-admin-api', status: 'running', running: true },
    ]);
  });

  it('marks anything but "running" as not running', () => {
    expect(
      flattenServices({
        services: [{ nginx: 'not running' }, { ntpd: 'Running' }, { sshd: '' }],
      }),
    ).toEqual([
      { name: 'nginx', status: 'not running', running: false },
      { name: 'ntpd', status: 'Running', running: false },
      { name: 'sshd', status: '', running: false },
    ]);
  });

  it('keeps every key of an entry that has several', () => {
    expect(flattenServices({ services: [{ a: 'running', b: 'not running' }, {}] })).toEqual([
      { name: 'a', status: 'running', running: true },
      { name: 'b', status: 'not running', running: false },
    ]);
  });
});
