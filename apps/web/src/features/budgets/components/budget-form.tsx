import { type Budget, CreateBudgetRequest, UpdateBudgetRequest } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import {
  type BudgetFormValues,
  budgetValuesOf,
  emptyBudgetValues,
  toBudgetRequest,
} from './budget-form-values';

type BudgetRequest = ReturnType<typeof toBudgetRequest>;
type TextName = Exclude<keyof BudgetFormValues, 'ruleType'>;

/** The inputs that make the rule; the contract names their problems under `rule.`. */
const RULE_FIELDS: readonly string[] = ['minSpendPercent', 'minProjects', 'maxProjects'];

interface BudgetFormProps {
  /** The budget being changed; none when creating one. */
  budget?: Budget;
  submitLabel: string;
  onSubmit: (request: CreateBudgetRequest) => Promise<Budget>;
  onSaved: (budget: Budget) => void;
}

/**
 * A budget's title, amount, voting dates and rule. Once votes are cast the rule and the
 * amount are shown but not offered for change.
 */
export function BudgetForm({ budget, submitLabel, onSubmit, onSaved }: BudgetFormProps) {
  const { t } = useTranslation();
  const locked = budget?.locked ?? false;
  const form = useContractForm<BudgetFormValues, BudgetRequest>({
    id: 'budget',
    initial: budget ? budgetValuesOf(budget) : emptyBudgetValues(),
    schema: (budget ? UpdateBudgetRequest : CreateBudgetRequest) as never,
    toRequest: (values) => {
      const request = toBudgetRequest(values);
      return locked ? { ...request, rule: undefined, amount: undefined, currency: undefined } : request;
    },
  });
  const { values, setValue } = form;
  const text = (name: TextName) => {
    const path = RULE_FIELDS.includes(name) ? `rule.${name}` : name;
    return {
      id: form.fieldId(path),
      name,
      value: values[name],
      error: form.error(path),
      disabled: locked && (RULE_FIELDS.includes(name) || name === 'amount' || name === 'currency'),
      onChange: (change: { target: { value: string } }) => setValue(name, change.target.value),
    };
  };

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        const saved = await onSubmit(data as CreateBudgetRequest);
        form.markSaved(budgetValuesOf(saved));
        onSaved(saved);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      {locked && <p>{t('budgets.form.lockedHint')}</p>}
      <TextField {...text('title')} label={t('budgets.form.title')} required />
      <TextAreaField
        id={form.fieldId('description')}
        name="description"
        label={t('budgets.form.description')}
        value={values.description}
        error={form.error('description')}
        onChange={(change) => setValue('description', change.target.value)}
      />
      <TextField
        {...text('amount')}
        inputMode="decimal"
        label={t('budgets.form.amount')}
        hint={t('budgets.form.amountHint', { currency: values.currency })}
        required
      />
      <TextField
        {...text('currency')}
        label={t('budgets.form.currency')}
        hint={t('budgets.form.currencyHint')}
      />
      <TextField
        {...text('votingOpensAt')}
        type="datetime-local"
        label={t('budgets.form.opensAt')}
        required
      />
      <TextField
        {...text('votingClosesAt')}
        type="datetime-local"
        label={t('budgets.form.closesAt')}
        required
      />
      {!locked && (
        <RadioGroup
          id={form.fieldId('rule')}
          name="ruleType"
          legend={t('budgets.form.rule')}
          value={values.ruleType}
          onChange={(value) => setValue('ruleType', value)}
          options={[
            { value: 'knapsack', label: t('budgets.rule.knapsackName') },
            { value: 'approval', label: t('budgets.rule.approvalName') },
          ]}
        />
      )}
      {values.ruleType === 'knapsack' ? (
        <TextField
          {...text('minSpendPercent')}
          inputMode="numeric"
          label={t('budgets.form.minSpendPercent')}
        />
      ) : (
        <>
          <TextField {...text('minProjects')} inputMode="numeric" label={t('budgets.form.minProjects')} />
          <TextField {...text('maxProjects')} inputMode="numeric" label={t('budgets.form.maxProjects')} />
        </>
      )}
      <div>
        <Button type="submit" loading={form.submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
