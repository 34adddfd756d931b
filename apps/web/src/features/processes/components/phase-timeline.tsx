import type { Phase } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';

/** The phases in order, with their dates and actions; the one on now is marked. */
export function PhaseTimeline({ phases }: { phases: Phase[] }) {
  const { t } = useTranslation();
  return (
    <ol className="phase-timeline" aria-label={t('processes.phases.label')}>
      {phases.map((phase) => (
        <li
          key={`${phase.kind}-${phase.startsAt}`}
          className={`phase-timeline__phase${phase.current ? ' phase-timeline__phase--current' : ''}`}
          aria-current={phase.current ? 'step' : undefined}
        >
          <strong>{t(`processes.phaseKinds.${phase.kind}`)}</strong>
          {phase.current && <Badge tone="success">{t('processes.phases.now')}</Badge>}
          <span className="phase-timeline__dates">
            <time dateTime={phase.startsAt}>{formatDate(phase.startsAt)}</time> –{' '}
            <time dateTime={phase.endsAt}>{formatDate(phase.endsAt)}</time>
          </span>
          {phase.actions.length > 0 && (
            <span className="phase-timeline__actions">
              {phase.actions.map((action) => t(`processes.actions.${action}`)).join(', ')}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
