import { useTranslation } from 'react-i18next';
import { LogoMark } from './logo-mark';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner container">
        <div className="site-footer__brand">
          <LogoMark size={28} />
          <div>
            <p className="site-footer__name">{t('app.name')}</p>
            <p className="site-footer__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="site-footer__text">
          <p>{t('footer.about')}</p>
          <p>
            {t('footer.noTracking')} {t('footer.licence')}
          </p>
        </div>
      </div>
    </footer>
  );
}
