const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const DAY_MS = 86_400_000;

/** Full names and abbreviations of three letters or more ("Jan", "Sept"). */
function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return -1;
  return MONTHS.findIndex((month) => month.startsWith(lower));
}

/** A calendar date as UTC midnight, or null when the day does not exist (31 February). */
function utcDate(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}

/**
 * The day a license expires: "19 January 2038" (license.sh), "January 19, 2038", "2038-01-19"
 * or Unix seconds. Null for anything else, which is then shown as the appliance wrote it.
 */
export function parseLicenseDate(text: string): Date | null {
  const value = text.trim();
  let match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+\.?),?[\s-]+(\d{4})$/i.exec(value);
  if (match) return utcDate(Number(match[3]), monthIndex(match[2] ?? ''), Number(match[1]));
  match = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(value);
  if (match) return utcDate(Number(match[3]), monthIndex(match[1] ?? ''), Number(match[2]));
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) return utcDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (/^\d{9,11}$/.test(value)) {
    const date = new Date(Number(value) * 1000);
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  }
  return null;
}

export type ExpiryLevel = 'expired' | 'soon' | 'valid';

export interface LicenseExpiry {
  date: Date;
  /** Whole calendar days from today to the expiry day; negative once it has passed. */
  daysLeft: number;
  level: ExpiryLevel;
  /** "312 days left", "expires today", "expired 3 days ago". */
  label: string;
}

/** Under this many days left the expiry is shown as a warning. */
export const EXPIRY_WARNING_DAYS = 30;

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** Counts days against today's date where the user is; the license stays valid on its last day. */
export function licenseExpiry(expires: string, now: Date = new Date()): LicenseExpiry | null {
  const date = parseLicenseDate(expires);
  if (!date) return null;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const daysLeft = Math.round((date.getTime() - today) / DAY_MS);
  if (daysLeft < 0) {
    return { date, daysLeft, level: 'expired', label: `expired ${days(-daysLeft)} ago` };
  }
  const label = daysLeft === 0 ? 'expires today' : `${days(daysLeft)} left`;
  return { date, daysLeft, level: daysLeft < EXPIRY_WARNING_DAYS ? 'soon' : 'valid', label };
}
