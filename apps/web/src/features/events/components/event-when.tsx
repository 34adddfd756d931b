import type { ZonedDateTime } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../../lib/format';
import { isLanguage } from '../../../lib/i18n';
import { eventTimeText, viewerTimeZone } from './event-time';

/** "14 July 2027, 18:30 (Europe/Lisbon, 19:30 your time)". */
export function EventWhen({ start, end }: { start: ZonedDateTime; end?: ZonedDateTime }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const locale = dateLocale(isLanguage(language) ? language : 'en');
  const viewer = viewerTimeZone();
  const text = (at: ZonedDateTime) => {
    const parts = eventTimeText(at.at, at.timeZone, viewer, locale);
    const time = parts.yours
      ? t('events.time.inZoneYours', { time: parts.time, zone: at.timeZone, yours: parts.yours })
      : t('events.time.inZone', { time: parts.time, zone: at.timeZone });
    return { date: parts.date, time };
  };
  const from = text(start);
  if (!end) {
    return (
      <time dateTime={start.at}>
        {from.date}, {from.time}
      </time>
    );
  }
  const to = text(end);
  return (
    <span>
      <time dateTime={start.at}>
        {from.date}, {from.time}
      </time>
      {' – '}
      <time dateTime={end.at}>{to.date === from.date ? to.time : `${to.date}, ${to.time}`}</time>
    </span>
  );
}
