import { describe, expect, it } from 'vitest';
import { formatMinorUnits, minorDigits, parseMinorUnits, toDecimal } from './money';

describe('minorDigits', () => {
  it.each([
    ['EUR', 2],
    ['JPY', 0],
    ['BHD', 3],
  ])('%s has %i', (currency, digits) => {
    expect(minorDigits(currency)).toBe(digits);
  });
});

describe('toDecimal', () => {
  it.each([
    [123456, 2, '1234.56'],
    [5, 2, '0.05'],
    [0, 2, '0.00'],
    [100, 0, '100'],
    [1, 3, '0.001'],
    [9_007_199_254_740_991, 2, '90071992547409.91'],
  ])('%i with %i digits is %s', (minor, digits, expected) => {
    expect(toDecimal(minor, digits)).toBe(expected);
  });
});

describe('formatMinorUnits', () => {
  it('writes whole amounts without cents', () => {
    expect(formatMinorUnits(150_000_00, 'EUR', 'en')).toBe('€150,000');
  });

  it('writes cents when there are some', () => {
    expect(formatMinorUnits(1234_56, 'EUR', 'en')).toBe('€1,234.56');
  });

  it('follows the reader’s language', () => {
    expect(formatMinorUnits(1234_56, 'EUR', 'de')).toBe('1.234,56\u00a0€');
  });

  it('keeps the last cent of a large amount', () => {
    expect(formatMinorUnits(9_007_199_254_740_991, 'EUR', 'en')).toBe('€90,071,992,547,409.91');
  });
});

describe('parseMinorUnits', () => {
  it.each([
    ['1500', 2, 150000],
    ['1500.5', 2, 150050],
    ['1500,50', 2, 150050],
    ['1,500.50', 2, 150050],
    ['1.500,50', 2, 150050],
    ['1 500', 2, 150000],
    ['1,500', 2, 150000],
    ['0.01', 2, 1],
    ['2500', 0, 2500],
    ['1.234', 3, 1234],
  ])('reads %s with %i digits as %i', (text, digits, expected) => {
    expect(parseMinorUnits(text, digits)).toBe(expected);
  });

  it.each([[''], ['abc'], ['-5'], ['1.2.3,4,5'], ['12,34,5'], ['1e5']])('refuses %j', (text) => {
    expect(parseMinorUnits(text, 2)).toBeNull();
  });
});
