import type { Budget, VotingRule } from '@open-spaces/contracts';
import { minorDigits, parseMinorUnits, toDecimal } from './money';

/** What the budget form's inputs hold: text as typed, amounts in major units. */
export type BudgetFormValues = {
  title: string;
  description: string;
  amount: string;
  currency: string;
  votingOpensAt: string;
  votingClosesAt: string;
  ruleType: VotingRule['type'];
  minSpendPercent: string;
  minProjects: string;
  maxProjects: string;
};

/** An instant as a `datetime-local` value in the browser's zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toInstant(local: string): string | undefined {
  const date = new Date(local);
  return local === '' || Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function toInteger(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export function emptyBudgetValues(now = new Date()): BudgetFormValues {
  const week = 7 * 24 * 60 * 60 * 1000;
  return {
    title: '',
    description: '',
    amount: '',
    currency: 'EUR',
    votingOpensAt: toLocalInput(new Date(now.getTime() + week).toISOString()),
    votingClosesAt: toLocalInput(new Date(now.getTime() + 3 * week).toISOString()),
    ruleType: 'knapsack',
    minSpendPercent: '70',
    minProjects: '1',
    maxProjects: '3',
  };
}

export function budgetValuesOf(budget: Budget): BudgetFormValues {
  return {
    title: budget.title,
    description: budget.description,
    amount: toDecimal(budget.amount, minorDigits(budget.currency)),
    currency: budget.currency,
    votingOpensAt: toLocalInput(budget.votingOpensAt),
    votingClosesAt: toLocalInput(budget.votingClosesAt),
    ruleType: budget.rule.type,
    minSpendPercent: budget.rule.type === 'knapsack' ? String(budget.rule.minSpendPercent) : '70',
    minProjects: budget.rule.type === 'approval' ? String(budget.rule.minProjects) : '1',
    maxProjects: budget.rule.type === 'approval' ? String(budget.rule.maxProjects) : '3',
  };
}

/** The inputs as the contract's request; what cannot be read is left out for the contract to name. */
export function toBudgetRequest(values: BudgetFormValues) {
  const currency = values.currency.trim().toUpperCase();
  const digits = /^[A-Z]{3}$/.test(currency) ? safeDigits(currency) : 2;
  const rule =
    values.ruleType === 'knapsack'
      ? { type: 'knapsack' as const, minSpendPercent: toInteger(values.minSpendPercent) }
      : {
          type: 'approval' as const,
          minProjects: toInteger(values.minProjects),
          maxProjects: toInteger(values.maxProjects),
        };
  return {
    title: values.title,
    description: values.description,
    amount: parseMinorUnits(values.amount, digits) ?? undefined,
    currency,
    rule,
    votingOpensAt: toInstant(values.votingOpensAt),
    votingClosesAt: toInstant(values.votingClosesAt),
  };
}

function safeDigits(currency: string): number {
  try {
    return minorDigits(currency);
  } catch {
    return 2;
  }
}
