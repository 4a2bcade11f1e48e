import { describe, expect, it } from 'vitest';
import { licenseExpiry, parseLicenseDate } from './licenseExpiry';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
/** Noon local time, so the local calendar date is unambiguous in any test time zone. */
const localNoon = (year: number, month: number, day: number) =>
  new Date(year, month - 1, day, 12, 0, 0);

describe('parseLicenseDate', () => {
  it.each([
    ['19 January 2038', utc(2038, 1, 19)],
    ['19 Jan 2038', utc(2038, 1, 19)],
    ['1 september 2026', utc(2026, 9, 1)],
    ['1 Sept 2026', utc(2026, 9, 1)],
    ['19-Jan-2038', utc(2038, 1, 19)],
    ['January 19, 2038', utc(2038, 1, 19)],
    ['Feb 29 2028', utc(2028, 2, 29)],
    ['2038-01-19', utc(2038, 1, 19)],
    ['2038-01-19T03:14:07Z', utc(2038, 1, 19)],
    ['  19 January 2038 ', utc(2038, 1, 19)],
    ['2147483647', utc(2038, 1, 19)],
  ])('reads %j', (text, expected) => {
    expect(parseLicenseDate(text)).toEqual(expected);
  });

  it.each([
    '',
    'never',
    'unlimited',
    '31 February 2038',
    '29 Feb 2027',
    '19 Ja 2038',
    '19 Foo 2038',
    '2038-13-01',
    '2038/01/19',
    '19 January',
  ])('does not guess a date from %j', (text) => {
    expect(parseLicenseDate(text)).toBeNull();
  });
});

describe('licenseExpiry', () => {
  const today = localNoon(2026, 3, 10);

  it('counts the days left for the documented sample', () => {
    const expiry = licenseExpiry('19 January 2038', today);
    expect(expiry?.level).toBe('valid');
    expect(expiry?.daysLeft).toBe(4333);
    expect(expiry?.label).toBe('4333 days left');
  });

  it('warns under 30 days', () => {
    expect(licenseExpiry('9 April 2026', today)).toMatchObject({
      daysLeft: 30,
      level: 'valid',
    });
    expect(licenseExpiry('8 April 2026', today)).toMatchObject({
      daysLeft: 29,
      level: 'soon',
      label: '29 days left',
    });
    expect(licenseExpiry('11 March 2026', today)).toMatchObject({
      daysLeft: 1,
      level: 'soon',
      label: '1 day left',
    });
  });

  it('keeps the license valid on its last day', () => {
    expect(licenseExpiry('10 March 2026', today)).toMatchObject({
      daysLeft: 0,
      level: 'soon',
      label: 'expires today',
    });
  });

  it('says how long ago a past expiry was', () => {
    expect(licenseExpiry('9 March 2026', today)).toMatchObject({
      daysLeft: -1,
      level: 'expired',
      label: 'expired 1 day ago',
    });
    expect(licenseExpiry('2025-03-10', today)).toMatchObject({
      daysLeft: -365,
      level: 'expired',
      label: 'expired 365 days ago',
    });
  });

  it('counts calendar days, whatever the time of day', () => {
    const lateEvening = new Date(2026, 2, 10, 23, 59, 59);
    const earlyMorning = new Date(2026, 2, 10, 0, 0, 1);
    expect(licenseExpiry('11 March 2026', lateEvening)?.daysLeft).toBe(1);
    expect(licenseExpiry('11 March 2026', earlyMorning)?.daysLeft).toBe(1);
  });

  it('counts across a daylight saving change without an off-by-one', () => {
    expect(licenseExpiry('1 April 2026', localNoon(2026, 3, 20))?.daysLeft).toBe(12);
    expect(licenseExpiry('1 November 2026', localNoon(2026, 10, 20))?.daysLeft).toBe(12);
  });

  it('gives nothing for an expiry it cannot read', () => {
    expect(licenseExpiry('never', today)).toBeNull();
  });
});
