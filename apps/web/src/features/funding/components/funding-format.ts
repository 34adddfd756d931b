import { currentLanguage } from '../../../lib/i18n';

/** An amount in whole units of its currency, in the reader's language: "€150,000", "150.000 €". */
export function formatMoney(amount: number, currency: string, language = currentLanguage()): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** "€20,000–€150,000", or one end when only one is known. */
export function formatGrantRange(
  min: number | null,
  max: number | null,
  currency: string,
  language = currentLanguage(),
): string | null {
  if (min !== null && max !== null) {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).formatRange(min, max);
  }
  if (max !== null) return formatMoney(max, currency, language);
  if (min !== null) return formatMoney(min, currency, language);
  return null;
}

/** An instant as the wall-clock time of a zone, with the zone's short name: "1 March 2027, 00:00 CET". */
export function formatInZone(
  iso: string,
  timeZone: string | undefined,
  language = currentLanguage(),
): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Seconds from `now` until `iso`, never below zero. */
export function secondsUntil(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.round((new Date(iso).getTime() - now.getTime()) / 1000));
}

/** Funders with a badge of their own: they fund rather than apply. */
export const FUNDER_BADGE_KINDS = new Set(['foundation', 'public_body', 'network']);
