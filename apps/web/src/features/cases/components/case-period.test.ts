import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { casePeriod, monthOf } from './case-period';

const t = i18n.getFixedT('en');

describe('casePeriod', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('gives the months a case ran', () => {
    expect(casePeriod(t, { startDate: '2024-03-02', endDate: '2024-09-30', ongoing: false })).toBe(
      'March 2024 – September 2024',
    );
  });

  it('says since when an ongoing case runs', () => {
    expect(casePeriod(t, { startDate: '2022-06-01', endDate: null, ongoing: true })).toBe(
      'Since June 2022, ongoing',
    );
  });

  it('gives the start alone when the end is not known', () => {
    expect(casePeriod(t, { startDate: '2021-10-04', endDate: null, ongoing: false })).toBe('October 2021');
  });

  it('reads a day as the day it names, whatever the time zone', () => {
    expect(monthOf('2024-01-01')).toBe('January 2024');
    expect(monthOf('2024-12-31')).toBe('December 2024');
  });

  it('writes months in the reader’s language', async () => {
    await i18n.changeLanguage('de');
    expect(casePeriod(i18n.getFixedT('de'), { startDate: '2023-03-04', endDate: null, ongoing: true })).toBe(
      'Seit März 2023, laufend',
    );
  });
});
