import type { Deadline } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../lib/format';
import { formatInZone, secondsUntil } from './funding-format';

/**
 * How long is left until a deadline, and when it is both in the reader's zone and in the
 * zone the funder set it in (when they differ).
 */
export function DeadlineCountdown({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const sameZone = viewerZone === deadline.timeZone;
  return (
    <span className="deadline-countdown">
      <strong>{t('funding.countdown.left', { duration: formatDuration(secondsUntil(deadline.at)) })}</strong>{' '}
      <time dateTime={deadline.at}>
        {t('funding.countdown.yourTime', { time: formatInZone(deadline.at, viewerZone) })}
        {!sameZone &&
          ` · ${t('funding.countdown.callTime', {
            time: formatInZone(deadline.at, deadline.timeZone),
            zone: deadline.timeZone,
          })}`}
      </time>
    </span>
  );
}
