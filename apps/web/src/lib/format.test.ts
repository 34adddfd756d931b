import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';
import type { Language } from './i18n';

describe('formatDuration', () => {
  it.each([
    [1, '1 second'],
    [30, '30 seconds'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [90, '2 minutes'],
    [647, '11 minutes'],
    [3569, '59 minutes'],
    [3570, '1 hour'],
    [5400, '2 hours'],
    [86_399, '1 day'],
    [3 * 86_400, '3 days'],
  ])('rounds %i seconds to %s', (seconds, text) => {
    expect(formatDuration(seconds, 'en')).toBe(text);
  });

  it.each<[Language, number, string]>([
    ['de', 647, '11 Minuten'],
    ['de', 1, '1 Sekunde'],
    ['fr', 647, '11 minutes'],
    ['fr', 7200, '2\u00a0heures'],
  ])('names the unit in %s', (language, seconds, text) => {
    expect(formatDuration(seconds, language)).toBe(text);
  });
});
