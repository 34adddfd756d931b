import type { ProfileSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { useTaxonomy } from '../../../lib/taxonomy';

/** One person in the directory; the whole card is one link, named by the person. */
export function ProfileCard({ profile }: { profile: ProfileSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const place = [profile.city, profile.country && name('countries', profile.country)]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="directory-card">
      <Avatar name={profile.displayName} image={profile.avatar} size="small" />
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/people/${profile.handle}`} className="directory-card__link">
            {profile.displayName}
          </Link>
        </h2>
        {profile.headline && <p className="directory-card__headline">{profile.headline}</p>}
        {place && <p className="directory-card__meta">{place}</p>}
        {profile.topics.length > 0 && (
          <p className="directory-card__meta">
            {profile.topics
              .slice(0, 3)
              .map((topic) => name('topics', topic))
              .join(' · ')}
          </p>
        )}
        {profile.openToPress && <Badge tone="success">{t('profile.openToPress')}</Badge>}
      </div>
    </article>
  );
}
