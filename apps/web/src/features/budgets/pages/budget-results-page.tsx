import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { budgetResultsQueryOptions } from '../api/get-budget-results';
import { formatMinorUnits } from '../components/money';
import { BudgetLoadError } from './budget-page';
import '../components/budgets.css';

/** A budget's results: every project ranked by votes, with the winning set marked. */
export function BudgetResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useQuery({
    ...budgetResultsQueryOptions(id, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });

  if (session.status === 'loading' || query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.code === 'results_not_ready') {
      return (
        <>
          <h1>{t('budgets.title')}</h1>
          <Alert tone="info">{t('budgets.results.notReady')}</Alert>
          <p>
            <Link to={`/budgets/${id}`}>{t('budgets.budgetLink')}</Link>
          </p>
        </>
      );
    }
    return <BudgetLoadError error={query.error} />;
  }

  const { budget, results, allocated } = query.data;
  const money = (minor: number) => formatMinorUnits(minor, budget.currency);
  return (
    <article className="budget">
      <PageHeader
        eyebrow={t('budgets.eyebrow')}
        title={t('budgets.results.title', { title: budget.title })}
        lead={t('budgets.results.lead', {
          count: budget.ballotCount,
          allocated: money(allocated),
          amount: money(budget.amount),
        })}
      />
      <p>
        <Link to={`/budgets/${budget.id}`}>{budget.title}</Link>
      </p>
      <Card>
        {results.length === 0 ? (
          <p>{t('budgets.results.empty')}</p>
        ) : (
          <table className="budget-results" data-testid="results">
            <caption className="visually-hidden">{t('budgets.results.tieRule')}</caption>
            <thead>
              <tr>
                <th scope="col" className="budget-results__number">
                  {t('budgets.results.rank')}
                </th>
                <th scope="col">{t('budgets.results.project')}</th>
                <th scope="col" className="budget-results__number">
                  {t('budgets.results.cost')}
                </th>
                <th scope="col" className="budget-results__number">
                  {t('budgets.results.votes')}
                </th>
                <th scope="col">{t('budgets.results.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((row) => (
                <tr key={row.project.id}>
                  <td className="budget-results__number">{row.rank}</td>
                  <th scope="row">{row.project.title}</th>
                  <td className="budget-results__number">{money(row.project.cost)}</td>
                  <td className="budget-results__number">{row.votes}</td>
                  <td>
                    <Badge tone={row.selected ? 'success' : 'neutral'}>
                      {row.selected ? t('budgets.results.selected') : t('budgets.results.notSelected')}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>{t('budgets.results.tieRule')}</p>
      </Card>
    </article>
  );
}
