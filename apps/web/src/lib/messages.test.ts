import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { i18n } from './i18n';
import { errorMessage } from './messages';

const rateLimited = (retryAfter: number | null) =>
  new ApiError({ status: 429, code: 'rate_limited', detail: 'Too many attempts.', retryAfter });

describe('errorMessage', () => {
  it.each([
    ['en', 'Too many attempts. Please wait about 11 minutes and try again.'],
    ['de', 'Zu viele Versuche. Bitte warte etwa 11 Minuten und versuche es erneut.'],
    ['fr', 'Trop de tentatives. Veuillez patienter environ 11 minutes, puis réessayer.'],
  ])('tells a rate-limited reader the wait in words (%s)', async (language, message) => {
    await i18n.changeLanguage(language);
    expect(errorMessage(i18n.t, rateLimited(647))).toBe(message);
  });

  it.each([null, 0])('asks a rate-limited reader to wait a moment when the wait is %s', (retryAfter) => {
    expect(errorMessage(i18n.t, rateLimited(retryAfter))).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it('says something went wrong for an error that is not from the API', () => {
    expect(errorMessage(i18n.t, new Error('boom'))).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
  });
});
