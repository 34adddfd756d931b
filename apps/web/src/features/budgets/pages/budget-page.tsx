import type { BallotProblem, Budget } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useLiveWatch } from '../../../lib/live';
import { errorMessage } from '../../../lib/messages';
import { useChangeBallot } from '../api/change-ballot';
import { useCheckOutBallot } from '../api/check-out-ballot';
import { budgetQueryOptions } from '../api/get-budget';
import { BallotPanel, problemMessage } from '../components/ballot-panel';
import { formatMinorUnits } from '../components/money';
import '../components/budgets.css';

/** A budget: its projects with their costs, and the viewer's ballot beside them. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(budgetQueryOptions(id));
  useLiveWatch(query.isSuccess ? { type: 'budget', id } : null);

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <BudgetLoadError error={query.error} />;
  return <BudgetView budget={query.data} />;
}

export function BudgetLoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) {
    return (
      <>
        <h1>{t('budgets.notFoundTitle')}</h1>
        <EmptyState icon="funding" title={t('budgets.notFoundBody')} />
      </>
    );
  }
  return <Alert tone="error">{errorMessage(t, error)}</Alert>;
}

function BudgetView({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const change = useChangeBallot();
  const checkOut = useCheckOutBallot();
  const [refusal, setRefusal] = useState<string | null>(null);
  const chosen = new Set(budget.ballot?.projectIds ?? []);
  const editable = budget.canVote && budget.ballot?.status !== 'checked_out';

  /** A refused change or checkout says which rule it breaks, with the ballot's numbers. */
  const refused = (problems: BallotProblem[]) => (error: unknown) => {
    const ruleBroken = isApiError(error) && error.code === 'ballot_breaks_rule' && problems.length > 0;
    setRefusal(
      ruleBroken
        ? problems.map((problem) => problemMessage(t, problem, budget.currency)).join(' ')
        : errorMessage(t, error),
    );
  };

  return (
    <article className="budget">
      <PageHeader
        eyebrow={t('budgets.eyebrow')}
        title={budget.title}
        lead={<Link to={`/processes/${budget.processId}`}>{t('budgets.processLink')}</Link>}
      />
      <div className="cluster">
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
        <span data-testid="ballot-count" aria-live="polite">
          {t('budgets.ballotCount', { count: budget.ballotCount })}
        </span>
      </div>
      <p className="cluster">
        <a href={`/api/budgets/${budget.id}.ics`}>{t('budgets.addToCalendar')}</a>
        {budget.votingState === 'closed' && (
          <ButtonLink to={`/budgets/${budget.id}/results`} variant="secondary" size="small">
            {t('budgets.seeResults')}
          </ButtonLink>
        )}
        {budget.canManage && (
          <ButtonLink to={`/budgets/${budget.id}/manage`} variant="secondary" size="small">
            {t('budgets.manage')}
          </ButtonLink>
        )}
      </p>
      {budget.description && <p className="budget__description">{budget.description}</p>}
      <div className="budget__layout">
        <Card title={t('budgets.projects.title')}>
          {budget.projects.length === 0 ? (
            <p>{t('budgets.projects.empty')}</p>
          ) : (
            <ul className="budget__projects" data-testid="projects">
              {budget.projects.map((project) => {
                const isChosen = chosen.has(project.id);
                return (
                  <li
                    key={project.id}
                    className={isChosen ? 'budget-project budget-project--chosen' : 'budget-project'}
                  >
                    <h3 className="budget-project__title">{project.title}</h3>
                    <p>
                      {t('budgets.projects.cost', { cost: formatMinorUnits(project.cost, budget.currency) })}
                    </p>
                    {project.location && (
                      <p>{t('budgets.projects.location', { location: project.location })}</p>
                    )}
                    {project.description && <p>{project.description}</p>}
                    {isChosen && <Badge tone="brand">{t('budgets.projects.chosen')}</Badge>}
                    {editable && (
                      <Button
                        size="small"
                        variant={isChosen ? 'secondary' : 'primary'}
                        disabled={change.isPending}
                        onClick={() => {
                          setRefusal(null);
                          change.mutate(
                            { budgetId: budget.id, projectId: project.id, chosen: !isChosen },
                            { onError: refused(isChosen ? [] : additionProblems(budget, project.cost)) },
                          );
                        }}
                      >
                        {t(isChosen ? 'budgets.projects.remove' : 'budgets.projects.add', {
                          title: project.title,
                        })}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        <BallotPanel
          budget={budget}
          refusal={refusal}
          checkingOut={checkOut.isPending}
          onCheckOut={() => {
            setRefusal(null);
            checkOut.mutate(budget.id, { onError: refused(budget.ballot?.problems ?? []) });
          }}
        />
      </div>
    </article>
  );
}

/** What adding a project would break, as the API refuses it: the budget or the maximum. */
export function additionProblems(budget: Budget, cost: number): BallotProblem[] {
  const chosen = (budget.ballot?.projectIds.length ?? 0) + 1;
  if (budget.rule.type === 'approval') {
    return [{ code: 'too_many_projects', chosen, maximum: budget.rule.maxProjects }];
  }
  return [{ code: 'over_budget', spent: (budget.ballot?.spent ?? 0) + cost, limit: budget.amount }];
}
