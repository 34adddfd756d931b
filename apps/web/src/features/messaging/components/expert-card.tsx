import type { ExpertSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContactRequestButton } from '../../../components/contact/contact-request-button';
import { Avatar } from '../../../components/ui/avatar';
import { useTaxonomy } from '../../../lib/taxonomy';

/**
 * One person open to press contact: who they are, the topics and languages they speak to
 * the press on, and "Request contact", whose form opens under the card.
 */
export function ExpertCard({ expert }: { expert: ExpertSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const place = [expert.city, expert.country && name('countries', expert.country)].filter(Boolean).join(', ');

  return (
    <article className="expert-card">
      <div className="expert-card__who">
        <Avatar name={expert.displayName} image={expert.avatar} size="small" />
        <div className="expert-card__body">
          <h2 className="expert-card__title">
            <Link to={`/people/${expert.handle}`}>{expert.displayName}</Link>
          </h2>
          {expert.headline && <p className="expert-card__headline">{expert.headline}</p>}
          {place && <p className="muted">{place}</p>}
        </div>
      </div>
      {expert.pressTopics.length > 0 && (
        <div>
          <h3 className="expert-card__label">{t('messaging.experts.speaksOn')}</h3>
          <ul className="expert-card__chips">
            {expert.pressTopics.map((topic) => (
              <li key={topic} className="badge badge--brand">
                {name('topics', topic)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {expert.pressLanguages.length > 0 && (
        <p className="muted">
          {t('messaging.experts.languages', {
            languages: expert.pressLanguages.map((code) => name('languages', code)).join(', '),
          })}
        </p>
      )}
      <ContactRequestButton
        handle={expert.handle}
        displayName={expert.displayName}
        accepts={expert.acceptsContactRequests}
      />
    </article>
  );
}
