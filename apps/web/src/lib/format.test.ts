import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatRelativeTime } from './format';
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

describe('formatDate and formatDateTime', () => {
  const midday = '2026-12-02T12:00:00.000Z';
  const browserLanguages = (languages: string[]) =>
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

  it.each([
    [['en-GB', 'en'], '2 December 2026'],
    [['de-DE', 'en-IE', 'en'], '2 December 2026'],
    [['en-US', 'en'], 'December 2, 2026'],
  ])('writes English dates in the browser’s English (%j)', (languages, text) => {
    browserLanguages(languages);
    expect(formatDate(midday, 'en')).toBe(text);
  });

  it.each([[['en']], [['de-DE', 'fr-FR']], [[]]])(
    'writes English dates in British English when the browser has no regional English (%j)',
    (languages) => {
      browserLanguages(languages);
      expect(formatDate(midday, 'en')).toBe('2 December 2026');
      expect(formatDateTime(midday, 'en')).toMatch(/^2 December 2026 at \d{2}:\d{2}$/);
    },
  );

  it('writes German and French dates as before, whatever English the browser has', () => {
    browserLanguages(['en-US', 'en']);
    expect(formatDate(midday, 'de')).toBe('2. Dezember 2026');
    expect(formatDate(midday, 'fr')).toBe('2 décembre 2026');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-12-02T12:00:00.000Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it.each([
    [20, 'now'],
    [90, '2 minutes ago'],
    [59 * 60, '59 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [30 * 3600, 'yesterday'],
    [3 * 86_400, '3 days ago'],
    [8 * 86_400, 'last week'],
    [20 * 86_400, '3 weeks ago'],
  ])('says %i seconds ago as “%s”', (seconds, text) => {
    expect(formatRelativeTime(ago(seconds), now, 'en')).toBe(text);
  });

  it('gives the date of a moment more than about a month ago', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en']);
    expect(formatRelativeTime('2026-10-01T12:00:00.000Z', now, 'en')).toBe('1 October 2026');
  });

  it.each<[Language, string]>([
    ['de', 'vor 2 Stunden'],
    ['fr', 'il y a 2 heures'],
  ])('writes it in %s', (language, text) => {
    expect(formatRelativeTime(ago(2 * 3600), now, language).replace('\u00a0', ' ')).toBe(text);
  });
});
