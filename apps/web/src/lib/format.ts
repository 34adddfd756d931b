import { currentLanguage } from './i18n';

/** A date and time in the reader's language, e.g. "3 March 2026, 14:05" or "3. März 2026, 14:05". */
export function formatDateTime(iso: string, language = currentLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, language = currentLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}
