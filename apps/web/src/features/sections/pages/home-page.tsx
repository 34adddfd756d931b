import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { Icon, type IconName } from '../../../components/ui/icon';
import { isSignedOutState, useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { sections } from '../components/sections';
import '../components/sections.css';

const principles: { icon: IconName; key: 'Privacy' | 'Open' | 'Safety' }[] = [
  { icon: 'shield', key: 'Privacy' },
  { icon: 'code', key: 'Open' },
  { icon: 'heart', key: 'Safety' },
];

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  useDocumentTitle(t('app.name'));

  return (
    <div className="home">
      {session.status === 'signedOut' && isSignedOutState(location.state) && (
        <Alert tone="success">{t('home.signedOut')}</Alert>
      )}
      <section className="home-hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="home-hero__lead">{t('home.lead')}</p>
        {session.status === 'signedIn' ? (
          <div className="cluster">
            <p className="home-hero__welcome">{t('home.welcomeBack', { name: session.user.displayName })}</p>
            <ButtonLink to="/people">{t('home.findPeople')}</ButtonLink>
            <ButtonLink to="/account" variant="secondary">
              {t('home.goToAccount')}
            </ButtonLink>
          </div>
        ) : (
          <div className="cluster">
            <ButtonLink to="/register">{t('home.createAccount')}</ButtonLink>
            <ButtonLink to="/sign-in" variant="secondary">
              {t('home.signIn')}
            </ButtonLink>
          </div>
        )}
      </section>

      <section aria-labelledby="home-sections">
        <h2 id="home-sections">{t('home.sectionsTitle')}</h2>
        <ul className="section-grid">
          {sections.map((section) => (
            <li key={section.id}>
              <Link to={section.path} className="section-tile">
                <span className="section-tile__icon">
                  <Icon name={section.icon} size={24} />
                </span>
                <span className="section-tile__title">
                  {t(`sections.${section.id}.title`)}
                  {section.live ? (
                    <Badge tone="success">{t('sections.live')}</Badge>
                  ) : (
                    <Badge>{t('sections.badge')}</Badge>
                  )}
                </span>
                <span className="section-tile__summary">{t(`sections.${section.id}.summary`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-principles" className="principles">
        <h2 id="home-principles">{t('home.principlesTitle')}</h2>
        <ul className="principles__list">
          {principles.map((principle) => (
            <li key={principle.key} className="principles__item">
              <Icon name={principle.icon} size={28} className="principles__icon" />
              <h3>{t(`home.principle${principle.key}Title`)}</h3>
              <p>{t(`home.principle${principle.key}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
