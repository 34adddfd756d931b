import { currentLanguage } from './i18n';

/** A date and time in the reader's language, e.g. "3 March 2026, 14:05" or "3. März 2026, 14:05". */
export function formatDateTime(iso: string, language = currentLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, language = currentLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
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
