import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useCreateBudget } from '../api/create-budget';
import { budgetProcessQueryOptions } from '../api/get-budget-process';
import { BudgetForm } from '../components/budget-form';

/** An organiser creates a budget in their process. */
export function NewBudgetPage() {
  const { t } = useTranslation();
  const { processId = '' } = useParams();
  const navigate = useNavigate();
  const process = useQuery(budgetProcessQueryOptions(processId));
  const create = useCreateBudget();

  if (process.isPending) return <LoadingState label={t('common.loading')} />;
  if (process.isError) return <Alert tone="error">{errorMessage(t, process.error)}</Alert>;
  if (!process.data.canOrganise) return <Alert tone="error">{t('errors.codes.forbidden')}</Alert>;

  return (
    <>
      <PageHeader
        eyebrow={process.data.title}
        title={t('budgets.form.newTitle')}
        lead={<Link to={`/processes/${processId}/budgets`}>{t('budgets.processBudgets')}</Link>}
      />
      <Card>
        <BudgetForm
          submitLabel={t('budgets.form.create')}
          onSubmit={(request) => create.mutateAsync({ ...request, processId })}
          onSaved={(budget) => void navigate(`/budgets/${budget.id}/manage`)}
        />
      </Card>
    </>
  );
}
