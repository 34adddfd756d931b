import { currentLanguage } from '../../../lib/i18n';

/** How many minor units a currency's major unit has, as a power of ten (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Integer minor units as an exact decimal string: 123456 EUR → "1234.56". */
export function toDecimal(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${text}`;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * An amount in minor units in the reader's language: "€1,234.56", "1.234,56 €". The decimal
 * string goes to Intl as it is, so no amount passes through floating point.
 */
export function formatMinorUnits(minor: number, currency: string, language = currentLanguage()): string {
  const digits = minorDigits(currency);
  const format = new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: minor % 10 ** digits === 0 ? 0 : digits,
  });
  return format.format(toDecimal(minor, digits) as unknown as number);
}

/**
 * What an organiser typed in major units ("1500", "1 500,50", "1,500.5") as minor units, or
 * null when it is not an amount. The last "," or "." followed by at most `digits` digits is
 * the decimal separator; spaces and other separators group thousands.
 */
export function parseMinorUnits(text: string, digits: number): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const match = digits > 0 ? new RegExp(`^(.*?)[.,](\\d{1,${digits}})$`).exec(compact) : null;
  const whole = (match ? match[1] : compact) ?? '';
  const fraction = (match ? match[2] : '') ?? '';
  if (!/^\d{1,3}([.,]?\d{3})*$|^\d+$/.test(whole)) return null;
  const value = Number(`${whole.replace(/[.,]/g, '')}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(value) ? value : null;
}
