import type { ProcessSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';
import { useTaxonomy } from '../../../lib/taxonomy';

const STATUS_TONE = { upcoming: 'brand', active: 'success', past: 'neutral' } as const;

/** A process in a list: its title, organisation, status, dates and number of ideas. */
export function ProcessCard({ process }: { process: ProcessSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  return (
    <article className="directory-card">
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/processes/${process.id}`} className="directory-card__link">
            {process.title}
          </Link>
        </h2>
        <p className="directory-card__meta">
          <Badge tone={STATUS_TONE[process.status]}>{t(`processes.status.${process.status}`)}</Badge>{' '}
          {process.organisation.name} · {t(`processes.scopes.${process.scope}`)}
        </p>
        <p className="directory-card__meta">
          <time dateTime={process.startsAt}>{formatDate(process.startsAt)}</time> –{' '}
          <time dateTime={process.endsAt}>{formatDate(process.endsAt)}</time> ·{' '}
          {t('processes.ideaCount', { count: process.ideaCount })}
        </p>
        {process.topics.length > 0 && (
          <p className="directory-card__meta">
            {process.topics.map((topic) => name('topics', topic)).join(', ')}
          </p>
        )}
      </div>
    </article>
  );
}
