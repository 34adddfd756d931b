import type { CaseSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useTaxonomy } from '../../../lib/taxonomy';
import { CaseBadges } from './case-badges';
import { casePeriod } from './case-period';

/** A case in a list; `showStatus` for lists that hold cases in every state (the submitter's, the queue). */
export function CaseCard({ item, showStatus = false }: { item: CaseSummary; showStatus?: boolean }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const where = [item.place, name('countries', item.country)].filter(Boolean).join(', ');
  return (
    <article className="directory-card">
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/cases/${item.id}`} className="directory-card__link">
            {item.title}
          </Link>
        </h2>
        {showStatus && (
          <p className="case-card__status">
            <Badge tone={item.status === 'returned' ? 'warning' : 'neutral'}>
              {t(`cases.statuses.${item.status}`)}
            </Badge>
          </p>
        )}
        <p className="directory-card__headline">{item.summary}</p>
        <CaseBadges item={item} />
        <p className="directory-card__meta">
          {where} · {t(`cases.scopes.${item.scope}`)} · {casePeriod(t, item)}
        </p>
      </div>
    </article>
  );
}
