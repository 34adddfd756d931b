import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../components/ui/button';
import { PageHeader } from '../components/ui/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="reading-width">
      <PageHeader title={t('notFound.title')} lead={t('notFound.body')} />
      <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
    </div>
  );
}
