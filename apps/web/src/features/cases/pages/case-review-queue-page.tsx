import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { PageHeader } from '../../../components/ui/page-header';
import { submittedCasesQueryOptions } from '../api/get-submitted-cases';
import { CaseCard } from '../components/case-card';
import '../components/cases.css';

/** `/cases/review`: submitted cases, the longest waiting first; moderators open each to decide. */
export function CaseReviewQueuePage() {
  const { t } = useTranslation();
  const cases = useInfiniteQuery(submittedCasesQueryOptions());
  return (
    <>
      <PageHeader title={t('cases.reviewTitle')} lead={t('cases.reviewLead')} />
      <DirectoryResults
        id="case-review"
        query={cases}
        itemKey={(item) => item.id}
        renderItem={(item) => <CaseCard item={item} />}
        emptyIcon="case"
        emptyTitle={t('cases.reviewEmpty')}
        filtered={false}
        onClearFilters={() => undefined}
      />
    </>
  );
}
