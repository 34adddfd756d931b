import type { Budget } from '@open-spaces/contracts';
import { CreateBudgetRequest } from '@open-spaces/contracts';
import { describe, expect, it } from 'vitest';
import { budgetValuesOf, emptyBudgetValues, toBudgetRequest } from './budget-form-values';

describe('toBudgetRequest', () => {
  it('turns major units into minor units and a knapsack rule', () => {
    const request = toBudgetRequest({ ...emptyBudgetValues(), title: 'Parks', amount: '1500,50' });
    expect(request.amount).toBe(150050);
    expect(request.rule).toEqual({ type: 'knapsack', minSpendPercent: 70 });
    expect(CreateBudgetRequest.safeParse(request).success).toBe(true);
  });

  it('reads an approval rule', () => {
    const request = toBudgetRequest({
      ...emptyBudgetValues(),
      title: 'Parks',
      amount: '100',
      ruleType: 'approval',
      minProjects: '2',
      maxProjects: '4',
    });
    expect(request.rule).toEqual({ type: 'approval', minProjects: 2, maxProjects: 4 });
  });

  it('leaves out an amount it cannot read, so the contract names the field', () => {
    const request = toBudgetRequest({ ...emptyBudgetValues(), title: 'Parks', amount: 'a lot' });
    const parsed = CreateBudgetRequest.safeParse(request);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain('amount');
  });

  it('takes a currency without minor units as whole units', () => {
    expect(toBudgetRequest({ ...emptyBudgetValues(), amount: '5000', currency: 'jpy' })).toMatchObject({
      amount: 5000,
      currency: 'JPY',
    });
  });

  it('reads back what it wrote for a budget', () => {
    const budget = {
      title: 'Parks',
      description: '',
      amount: 150050,
      currency: 'EUR',
      rule: { type: 'knapsack', minSpendPercent: 80 },
      votingOpensAt: '2027-03-01T09:00:00.000Z',
      votingClosesAt: '2027-03-15T18:00:00.000Z',
    } as Budget;
    const request = toBudgetRequest(budgetValuesOf(budget));
    expect(request).toMatchObject({
      amount: 150050,
      rule: { type: 'knapsack', minSpendPercent: 80 },
      votingOpensAt: '2027-03-01T09:00:00.000Z',
      votingClosesAt: '2027-03-15T18:00:00.000Z',
    });
  });
});
