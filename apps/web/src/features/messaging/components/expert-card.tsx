import type { ExpertSummary } from '@open-spaces/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { ContactRequestFormFields } from './contact-request-form';

/**
 * One person open to press contact: who they are, the topics and languages they speak to
 * the press on, and a "Request contact" form that opens under the card. Visitors are asked
 * to sign in first; a person who paused requests says so.
 */
export function ExpertCard({ expert }: { expert: ExpertSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const formId = useId();
  const verified = session.status === 'signedIn' && session.user.emailVerified;
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
      {sent && (
        <p role="status" className="expert-card__sent">
          {t('messaging.request.sent', { name: expert.displayName })}
        </p>
      )}
      {!sent && !expert.acceptsContactRequests && <p className="muted">{t('messaging.experts.paused')}</p>}
      {!sent && expert.acceptsContactRequests && session.status === 'signedOut' && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`}>
            {t('messaging.experts.signInToRequest')}
          </Link>
        </p>
      )}
      {!sent && expert.acceptsContactRequests && session.status === 'signedIn' && !verified && (
        <p className="muted">{t('messaging.experts.confirmToRequest')}</p>
      )}
      {!sent && expert.acceptsContactRequests && verified && (
        <>
          {!open && (
            <div>
              <Button
                variant="secondary"
                size="small"
                aria-expanded={false}
                aria-controls={formId}
                aria-label={t('messaging.experts.requestContactLabel', { name: expert.displayName })}
                onClick={() => setOpen(true)}
              >
                {t('messaging.experts.requestContact')}
              </Button>
            </div>
          )}
          {open && (
            <div id={formId}>
              <ContactRequestFormFields
                handle={expert.handle}
                displayName={expert.displayName}
                onSent={() => {
                  setOpen(false);
                  setSent(true);
                }}
                onCancel={() => setOpen(false)}
              />
            </div>
          )}
        </>
      )}
    </article>
  );
}
