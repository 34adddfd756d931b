import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { PageHeader } from '../../../components/ui/page-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { savedFundingCallsQueryOptions } from '../api/get-saved-funding-calls';
import { FundingCallCard } from '../components/funding-call-card';
import '../components/funding.css';

export function SavedFundingCallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('funding.saved.title'));
  const calls = useInfiniteQuery(savedFundingCallsQueryOptions());
  return (
    <>
      <PageHeader title={t('funding.saved.title')} lead={t('funding.saved.lead')} />
      <DirectoryResults
        id="saved-funding"
        query={calls}
        itemKey={(call) => call.id}
        renderItem={(call) => <FundingCallCard call={call} />}
        emptyIcon="funding"
        emptyTitle={t('funding.saved.empty')}
        filtered={false}
        onClearFilters={() => undefined}
      />
    </>
  );
}
