import type { CaseSummary } from '@open-spaces/contracts';
import type { TFunction } from 'i18next';
import { dateLocale } from '../../../lib/format';

/** A calendar day such as 2025-03-14 as "March 2025", read as the day it names wherever the reader is. */
export function monthOf(day: string): string {
  return new Intl.DateTimeFormat(dateLocale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** When the case ran: "March 2024 – September 2024", "since March 2024", or its start. */
export function casePeriod(
  t: TFunction,
  item: Pick<CaseSummary, 'startDate' | 'endDate' | 'ongoing'>,
): string {
  const start = monthOf(item.startDate);
  if (item.ongoing) return t('cases.period.ongoing', { start });
  if (item.endDate) return t('cases.period.range', { start, end: monthOf(item.endDate) });
  return start;
}
