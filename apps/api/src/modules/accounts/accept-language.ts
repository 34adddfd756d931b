import { Locale } from '@open-spaces/contracts';

/** Browsers send a handful of ranges; a longer header is cut rather than parsed in full. */
const MAX_RANGES = 32;
const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

const isLocale = (value: string): value is Locale => Locale.safeParse(value).success;

/**
 * The product language an `Accept-Language` header (RFC 9110) prefers most, matched on the
 * primary subtag, so `de-AT` means German; among equal weights the first listed wins. Ranges
 * with `q=0` or an unreadable weight are left out, and so is `*`, which names no language.
 * Without a match the answer is English.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  let best: { locale: Locale; quality: number } | null = null;
  for (const range of (header ?? '').split(',').slice(0, MAX_RANGES)) {
    const [tag = '', ...parameters] = range.split(';').map((part) => part.trim());
    const quality = qualityOf(parameters);
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (quality > 0 && isLocale(primary) && (!best || quality > best.quality)) {
      best = { locale: primary, quality };
    }
  }
  return best?.locale ?? 'en';
}

function qualityOf(parameters: string[]): number {
  const weight = parameters.find((parameter) => /^q=/i.test(parameter));
  if (weight === undefined) return 1;
  return QUALITY.test(weight) ? Number(weight.slice(2)) : 0;
}
