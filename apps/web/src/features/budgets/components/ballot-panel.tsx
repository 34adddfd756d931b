import type { BallotProblem, Budget } from '@open-spaces/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { formatDateTime } from '../../../lib/format';
import { formatMinorUnits } from './money';

/** A rule problem in the reader's language, with amounts in the budget's currency. */
export function problemMessage(t: TFunction, problem: BallotProblem, currency: string): string {
  switch (problem.code) {
    case 'over_budget':
      return t('budgets.ballot.problems.over_budget', {
        spent: formatMinorUnits(problem.spent, currency),
        limit: formatMinorUnits(problem.limit, currency),
      });
    case 'under_minimum_spend':
      return t('budgets.ballot.problems.under_minimum_spend', {
        spent: formatMinorUnits(problem.spent, currency),
        minimum: formatMinorUnits(problem.minimum, currency),
      });
    case 'too_few_projects':
      return t('budgets.ballot.problems.too_few_projects', {
        chosen: problem.chosen,
        minimum: problem.minimum,
      });
    case 'too_many_projects':
      return t('budgets.ballot.problems.too_many_projects', { maximum: problem.maximum });
  }
}

/** The rule in a sentence. */
export function ruleSentence(t: TFunction, budget: Pick<Budget, 'rule' | 'amount' | 'currency'>): string {
  const { rule } = budget;
  if (rule.type === 'approval') {
    return t('budgets.rule.approval', { min: rule.minProjects, max: rule.maxProjects });
  }
  // Rounded up in integers, as the API checks it.
  const minimum = Number((BigInt(budget.amount) * BigInt(rule.minSpendPercent) + 99n) / 100n);
  return t('budgets.rule.knapsack', {
    amount: formatMinorUnits(budget.amount, budget.currency),
    minimum: formatMinorUnits(minimum, budget.currency),
    percent: rule.minSpendPercent,
  });
}

interface BallotPanelProps {
  budget: Budget;
  /** Why the last change or checkout was refused, in the reader's language. */
  refusal: string | null;
  checkingOut: boolean;
  onCheckOut: () => void;
}

/**
 * The viewer's ballot: the rule, what is spent and left (or chosen and allowed) as a
 * progress bar with its numbers in words, what still stands in the way, and the checkout
 * behind a confirmation.
 */
export function BallotPanel({ budget, refusal, checkingOut, onCheckOut }: BallotPanelProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { ballot, rule } = budget;
  const spent = ballot?.spent ?? 0;
  const chosen = ballot?.projectIds.length ?? 0;
  const checkedOut = ballot?.status === 'checked_out';
  const problems = ballot?.problems ?? [];
  const progress =
    rule.type === 'knapsack'
      ? { value: spent, max: budget.amount, label: t('budgets.ballot.progressLabel') }
      : { value: chosen, max: rule.maxProjects, label: t('budgets.ballot.projectsLabel') };
  const summary =
    rule.type === 'knapsack'
      ? t('budgets.ballot.spent', {
          spent: formatMinorUnits(spent, budget.currency),
          amount: formatMinorUnits(budget.amount, budget.currency),
          left: formatMinorUnits(budget.amount - spent, budget.currency),
        })
      : t('budgets.ballot.chosen', { chosen, max: rule.maxProjects, min: rule.minProjects });

  return (
    <Card title={t('budgets.ballot.title')} className="ballot-panel">
      <p>{ruleSentence(t, budget)}</p>
      <div className="ballot-panel__progress">
        <progress
          value={Math.min(progress.value, progress.max)}
          max={progress.max}
          aria-label={progress.label}
          aria-valuetext={summary}
        />
        <p data-testid="ballot-summary" aria-live="polite">
          {summary}
        </p>
      </div>
      {refusal && (
        <Alert tone="error" title={t('errors.codes.ballot_breaks_rule')}>
          <span data-testid="ballot-refusal">{refusal}</span>
        </Alert>
      )}
      {checkedOut && ballot?.checkedOutAt ? (
        <Alert tone="success">
          {t('budgets.ballot.checkedOut', { date: formatDateTime(ballot.checkedOutAt) })}
        </Alert>
      ) : budget.canVote ? (
        <>
          {ballot && chosen > 0 && problems.length > 0 && (
            <ul className="ballot-panel__problems">
              {problems.map((problem) => (
                <li key={problem.code}>{problemMessage(t, problem, budget.currency)}</li>
              ))}
            </ul>
          )}
          <Button onClick={() => setConfirming(true)} disabled={chosen === 0} loading={checkingOut}>
            {t('budgets.ballot.checkOut')}
          </Button>
        </>
      ) : (
        <p>
          {budget.votingState === 'open' ? t('budgets.ballot.signInToVote') : t('budgets.ballot.notOpen')}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('budgets.ballot.confirmTitle')}
        confirmLabel={t('budgets.ballot.confirm')}
        cancelLabel={t('budgets.ballot.cancel')}
        busy={checkingOut}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onCheckOut();
        }}
      >
        <p>{t('budgets.ballot.confirmBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}
