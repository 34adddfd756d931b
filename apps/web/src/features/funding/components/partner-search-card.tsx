import type { PartnerSearchSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';
import { useTaxonomy } from '../../../lib/taxonomy';

/** A partner search in a list: its lead, call, the roles it needs and where from. */
export function PartnerSearchCard({
  search,
  headingLevel = 2,
}: {
  search: PartnerSearchSummary;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="directory-card partner-search-card">
      <div className="directory-card__body">
        <Heading className="directory-card__title">
          <Link to={`/funding/partner-searches/${search.id}`} className="directory-card__link">
            {t('partners.card.lead', { name: search.lead.name })}
          </Link>
        </Heading>
        <p className="directory-card__meta">
          <Badge tone={search.status === 'open' ? 'success' : 'neutral'}>
            {t(`partners.status.${search.status}`)}
          </Badge>{' '}
          {t('partners.card.call', { call: search.call.title })}
        </p>
        <p className="directory-card__meta">
          {search.roles.map((need) => t(`partners.roles.${need.role}`)).join(', ')}
          {search.countriesWanted.length > 0 &&
            ` · ${search.countriesWanted.map((code) => name('countries', code)).join(', ')}`}
        </p>
        <p className="directory-card__meta">
          {t('partners.card.partners', { count: search.partnerCount })} ·{' '}
          <time dateTime={search.createdAt}>{formatDate(search.createdAt)}</time>
        </p>
      </div>
    </article>
  );
}
