import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { processBudgetsQueryOptions } from '../api/get-process-budgets';
import { BudgetCard } from '../components/budget-card';
import '../components/budgets.css';

/** A process's budgets, newest first, with the way for organisers to create one. */
export function ProcessBudgetsPage() {
  const { t } = useTranslation();
  const { processId = '' } = useParams();
  const query = useInfiniteQuery(processBudgetsQueryOptions(processId));
  const budgets = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        eyebrow={t('budgets.eyebrow')}
        title={t('budgets.processBudgets')}
        lead={<Link to={`/processes/${processId}`}>{t('budgets.processLink')}</Link>}
      />
      <p>
        <ButtonLink to={`/processes/${processId}/budgets/new`} variant="secondary">
          {t('budgets.create')}
        </ButtonLink>
      </p>
      {query.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : query.isError ? (
        <Alert tone="error">{errorMessage(t, query.error)}</Alert>
      ) : budgets.length === 0 ? (
        <EmptyState icon="funding" title={t('budgets.empty')} />
      ) : (
        <ul className="budget-list">
          {budgets.map((budget) => (
            <li key={budget.id}>
              <BudgetCard budget={budget} />
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage && (
        <LoadMoreButton
          label={t('budgets.loadMore')}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      )}
    </>
  );
}
