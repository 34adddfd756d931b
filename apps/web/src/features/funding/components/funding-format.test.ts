import { describe, expect, it } from 'vitest';
import { formatGrantRange, formatInZone, formatMoney, secondsUntil } from './funding-format';

describe('funding formats', () => {
  it('writes amounts in the currency without decimals', () => {
    expect(formatMoney(150_000, 'EUR', 'en')).toBe('€150,000');
    expect(formatMoney(150_000, 'EUR', 'de')).toMatch(/^150\.000\s€$/);
  });

  it('writes a grant range, or the one end that is known', () => {
    expect(formatGrantRange(10_000, 80_000, 'EUR', 'en')).toMatch(/^€10,000\s?–\s?€80,000$/);
    expect(formatGrantRange(null, 80_000, 'GBP', 'en')).toBe('£80,000');
    expect(formatGrantRange(null, null, 'EUR', 'en')).toBeNull();
  });

  it('writes an instant in the zone it was set in, with the zone', () => {
    const midnightBrussels = '2027-02-28T23:00:00.000Z';
    expect(formatInZone(midnightBrussels, 'Europe/Brussels', 'en')).toMatch(/1 March 2027.*00:00.*CET/);
    expect(formatInZone(midnightBrussels, 'Europe/Lisbon', 'en')).toMatch(/28 February 2027.*23:00/);
  });

  it('counts the seconds left, never below zero', () => {
    const now = new Date('2027-02-28T22:00:00Z');
    expect(secondsUntil('2027-02-28T23:00:00Z', now)).toBe(3600);
    expect(secondsUntil('2027-02-28T21:00:00Z', now)).toBe(0);
  });
});
