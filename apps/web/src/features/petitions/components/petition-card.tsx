import type { PetitionSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';
import { PetitionProgress } from './petition-progress';

export function PetitionStateBadge({
  petition,
}: {
  petition: Pick<PetitionSummary, 'state' | 'successful'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Badge tone={petition.state === 'open' ? 'success' : 'neutral'}>
        {t(`petitions.states.${petition.state}`)}
      </Badge>
      {petition.successful !== null && (
        <>
          {' '}
          <Badge tone={petition.successful ? 'brand' : 'warning'}>
            {petition.successful ? t('petitions.successful') : t('petitions.unsuccessful')}
          </Badge>
        </>
      )}
    </>
  );
}

export function PetitionCard({ petition }: { petition: PetitionSummary }) {
  const { t } = useTranslation();
  const starter = petition.author.organisation?.name ?? petition.author.person?.displayName;
  const date = formatDate(petition.deadline);
  return (
    <article className="directory-card petition-card">
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/petitions/${petition.id}`} className="directory-card__link">
            {petition.title}
          </Link>
        </h2>
        <p className="directory-card__meta">
          <PetitionStateBadge petition={petition} /> {t('petitions.to', { addressee: petition.addressee })}
        </p>
        {starter && <p className="directory-card__meta">{t('petitions.by', { name: starter })}</p>}
        <PetitionProgress count={petition.signatureCount} goal={petition.goal} />
        <p className="directory-card__meta">
          {petition.state === 'open' || petition.state === 'draft'
            ? t('petitions.deadline', { date })
            : t('petitions.ended', { date })}
        </p>
      </div>
    </article>
  );
}
