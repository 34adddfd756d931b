import { useTranslation } from 'react-i18next';
import { Alert } from '../components/ui/alert';
import { useDocumentTitle } from '../lib/use-document-title';

/** Shown instead of the page when rendering it failed; a plain link, as the router may be broken. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.unexpected'));
  return (
    <main id="main-content" className="app__main container reading-width">
      <Alert tone="error" title={t('app.name')}>
        <p>{t('errors.unexpected')}</p>
        <p>
          <a href="/">{t('common.backHome')}</a>
        </p>
      </Alert>
    </main>
  );
}
