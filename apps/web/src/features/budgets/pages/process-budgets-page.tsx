import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { processBudgetsQueryOptions } from '../api/get-process-budgets';
import { formatMinorUnits } from '../components/money';
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
            <li key={budget.id} className="budget-project">
              <h2 className="budget-project__title">
                <Link to={`/budgets/${budget.id}`}>{budget.title}</Link>
              </h2>
              <p className="cluster">
                <Badge tone={budget.votingState === 'open' ? 'success' : 'neutral'}>
                  {t(`budgets.state.${budget.votingState}`)}
                </Badge>
                <span>
                  {t('budgets.amount', { amount: formatMinorUnits(budget.amount, budget.currency) })}
                </span>
                <span>
                  {t('budgets.voting', {
                    opens: formatDateTime(budget.votingOpensAt),
                    closes: formatDateTime(budget.votingClosesAt),
                  })}
                </span>
              </p>
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
