import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { i18n } from './i18n';
import { errorMessage } from './messages';

const rateLimited = (retryAfter: number | null) =>
  new ApiError({ status: 429, code: 'rate_limited', detail: 'Too many attempts.', retryAfter });

describe('errorMessage', () => {
  it.each([
    [1, 'Please wait 1 second and try again.'],
    [59, 'Please wait 59 seconds and try again.'],
    [60, 'Please wait 1 minute and try again.'],
    [61, 'Please wait 2 minutes and try again.'],
    [3600, 'Please wait 60 minutes and try again.'],
  ])('tells a rate-limited reader to wait %p seconds as %p', (seconds, wait) => {
    expect(errorMessage(i18n.t, rateLimited(seconds))).toBe(`Too many attempts. ${wait}`);
  });

  it('asks for a moment when the answer gave no wait', () => {
    expect(errorMessage(i18n.t, rateLimited(null))).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it('says something went wrong for an error that is not from the API', () => {
    expect(errorMessage(i18n.t, new Error('boom'))).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
  });
});
