import type { Budget } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useAddProject } from '../api/add-project';
import { budgetQueryOptions } from '../api/get-budget';
import { useRemoveProject } from '../api/remove-project';
import { useUpdateBudget } from '../api/update-budget';
import { BudgetForm } from '../components/budget-form';
import { formatMinorUnits } from '../components/money';
import { ProjectForm } from '../components/project-form';
import { BudgetLoadError } from './budget-page';
import '../components/budgets.css';

/** The organisers' page of a budget: its settings and rule, and its projects. */
export function ManageBudgetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(budgetQueryOptions(id));

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <BudgetLoadError error={query.error} />;
  if (!query.data.canManage) return <Alert tone="error">{t('errors.codes.forbidden')}</Alert>;
  return <ManageBudget budget={query.data} />;
}

function ManageBudget({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const update = useUpdateBudget();
  const add = useAddProject();
  const remove = useRemoveProject();
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeader
        eyebrow={t('budgets.manage')}
        title={budget.title}
        lead={<Link to={`/budgets/${budget.id}`}>{t('budgets.eyebrow')}</Link>}
      />
      <div className="budget__layout">
        <Card title={t('budgets.form.editTitle')}>
          {saved && <Alert tone="success">{t('budgets.form.saved')}</Alert>}
          <BudgetForm
            budget={budget}
            submitLabel={t('budgets.form.save')}
            onSubmit={(request) => update.mutateAsync({ ...request, id: budget.id })}
            onSaved={() => setSaved(true)}
          />
        </Card>
        <div className="stack">
          <Card title={t('budgets.projects.title')}>
            {remove.isError && <Alert tone="error">{errorMessage(t, remove.error)}</Alert>}
            {budget.projects.length === 0 ? (
              <p>{t('budgets.projects.empty')}</p>
            ) : (
              <ul className="budget__projects">
                {budget.projects.map((project) => (
                  <li key={project.id} className="budget-project">
                    <h3 className="budget-project__title">{project.title}</h3>
                    <p>
                      {t('budgets.projects.cost', { cost: formatMinorUnits(project.cost, budget.currency) })}
                    </p>
                    {!budget.locked && (
                      <Button
                        size="small"
                        variant="danger"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ budgetId: budget.id, projectId: project.id })}
                      >
                        {t('budgets.projectForm.remove', { title: project.title })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {!budget.locked && (
            <Card title={t('budgets.projectForm.title')}>
              <ProjectForm
                budget={budget}
                onSubmit={(request) => add.mutateAsync({ ...request, budgetId: budget.id })}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
