import { currentLanguage, type Language } from './i18n';

/**
 * The locale dates are written in. English follows the browser's own English (en-GB, en-IE, en-US…)
 * and is British English otherwise, rather than the US format that plain "en" gives; German and
 * French are written as they are.
 */
export function dateLocale(language: Language = currentLanguage()): string {
  if (language !== 'en') return language;
  return navigator.languages.find((tag) => /^en-/i.test(tag)) ?? 'en-GB';
}

/** A date and time in the reader's language, e.g. "3 March 2026 at 14:05" or "3. März 2026 um 14:05". */
export function formatDateTime(iso: string, language = currentLanguage()): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, language = currentLanguage()): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long' }).format(new Date(iso));
}

/** Each unit serves while the rounded amount in it stays below `upTo`; longer waits are in days. */
const durationUnits = [
  { unit: 'second', size: 1, upTo: 60 },
  { unit: 'minute', size: 60, upTo: 60 },
  { unit: 'hour', size: 3600, upTo: 24 },
] as const;
const longestUnit = { unit: 'day', size: 86_400 } as const;

/** A length of time rounded to whole units of a readable size: 647 seconds is "11 minutes". */
export function formatDuration(seconds: number, language = currentLanguage()): string {
  const { unit, size } =
    durationUnits.find(({ size, upTo }) => Math.round(seconds / size) < upTo) ?? longestUnit;
  const amount = Math.max(1, Math.round(seconds / size));
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** Each unit serves while the rounded amount in it stays below `upTo`; older moments get a date. */
const relativeUnits = [
  { unit: 'minute', size: 60, upTo: 60 },
  { unit: 'hour', size: 3600, upTo: 24 },
  { unit: 'day', size: 86_400, upTo: 7 },
  { unit: 'week', size: 604_800, upTo: 5 },
] as const;

/**
 * How long ago a moment was, in the reader's language: "now", "5 minutes ago", "yesterday",
 * "last week"; after about a month, its date.
 */
export function formatRelativeTime(iso: string, now = Date.now(), language = currentLanguage()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(dateLocale(language), { numeric: 'auto' });
  if (Math.abs(seconds) < 60) return format.format(0, 'second');
  const found = relativeUnits.find(({ size, upTo }) => Math.round(Math.abs(seconds) / size) < upTo);
  if (!found) return formatDate(iso, language);
  return format.format(Math.sign(seconds) * Math.round(Math.abs(seconds) / found.size), found.unit);
}
