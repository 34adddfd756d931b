import type { OrganisationSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { useTaxonomy } from '../../../lib/taxonomy';

export function OrganisationCard({ organisation }: { organisation: OrganisationSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  return (
    <article className="directory-card">
      <Avatar name={organisation.name} image={organisation.logo} size="small" square />
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/organisations/${organisation.slug}`} className="directory-card__link">
            {organisation.name}
          </Link>
        </h2>
        <p className="directory-card__meta">
          <Badge tone="brand">{t(`organisationKinds.${organisation.kind}`)}</Badge>{' '}
          {name('countries', organisation.country)}
        </p>
        {organisation.topics.length > 0 && (
          <p className="directory-card__meta">
            {organisation.topics
              .slice(0, 3)
              .map((topic) => name('topics', topic))
              .join(' · ')}
          </p>
        )}
        <p className="directory-card__meta">
          {t('organisation.members', { count: organisation.memberCount })}
        </p>
      </div>
    </article>
  );
}
