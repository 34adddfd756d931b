import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { myCasesQueryOptions } from '../api/get-my-cases';
import { CaseCard } from '../components/case-card';
import '../components/cases.css';

/** `/cases/mine`: the cases the person submitted, in every state. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const cases = useInfiniteQuery(myCasesQueryOptions());
  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('cases.mineTitle')} lead={t('cases.mineLead')} />
        <ButtonLink to="/cases/new">{t('cases.submit')}</ButtonLink>
      </div>
      <DirectoryResults
        id="my-cases"
        query={cases}
        itemKey={(item) => item.id}
        renderItem={(item) => <CaseCard item={item} showStatus />}
        emptyIcon="case"
        emptyTitle={t('cases.mineEmpty')}
        filtered={false}
        onClearFilters={() => undefined}
      />
    </>
  );
}
