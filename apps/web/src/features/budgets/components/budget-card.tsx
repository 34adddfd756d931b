import type { BudgetSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { formatDateTime } from '../../../lib/format';
import { formatMinorUnits } from './money';

/** A budget in a list: its voting state and dates, and a link to it (or to its results). */
export function BudgetCard({ budget, results = false }: { budget: BudgetSummary; results?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="budget-project">
      <h3 className="budget-project__title">
        <Link to={results ? `/budgets/${budget.id}/results` : `/budgets/${budget.id}`}>
          {results ? t('budgets.results.title', { title: budget.title }) : budget.title}
        </Link>
      </h3>
      <p className="cluster">
        <Badge tone={budget.votingState === 'open' ? 'success' : 'neutral'}>
          {t(`budgets.state.${budget.votingState}`)}
        </Badge>
        <span>{t('budgets.amount', { amount: formatMinorUnits(budget.amount, budget.currency) })}</span>
        <span>
          {t('budgets.voting', {
            opens: formatDateTime(budget.votingOpensAt),
            closes: formatDateTime(budget.votingClosesAt),
          })}
        </span>
      </p>
    </div>
  );
}
