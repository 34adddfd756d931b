import type { TFunction } from 'i18next';
import { isApiError } from './api-client';
import { formatDuration } from './format';

/**
 * A message waiting to be translated. Forms keep messages in this form, not as text, so that
 * they follow the reader into another language without being validated again.
 */
export type Message = { key: string; values?: Record<string, string | number> } | { text: string };

export function translate(t: TFunction, message: Message): string {
  return 'text' in message ? message.text : t(message.key, message.values ?? {});
}

/** What to tell the reader about a failed request: its code in their language, else the server's words. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.code === 'rate_limited' && error.retryAfter) {
    return t('errors.rateLimitedIn', { duration: formatDuration(error.retryAfter) });
  }
  const key = `errors.codes.${error.code}`;
  if (t(key, { defaultValue: '' }) !== '') return t(key);
  if (error.status >= 500) return t('errors.unexpected');
  return error.detail;
}
