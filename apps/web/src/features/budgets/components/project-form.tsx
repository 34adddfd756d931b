import { type Budget, CreateProjectRequest, type Project } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { minorDigits, parseMinorUnits } from './money';

type ProjectFormValues = {
  title: string;
  description: string;
  cost: string;
  location: string;
};

const EMPTY: ProjectFormValues = { title: '', description: '', cost: '', location: '' };

/** A new project for a budget: its title, description, cost in major units and place. */
export function ProjectForm({
  budget,
  onSubmit,
}: {
  budget: Budget;
  onSubmit: (request: CreateProjectRequest) => Promise<Project>;
}) {
  const { t } = useTranslation();
  const form = useContractForm<ProjectFormValues, CreateProjectRequest>({
    id: 'project',
    initial: EMPTY,
    schema: CreateProjectRequest as never,
    toRequest: (values) => ({
      title: values.title,
      description: values.description,
      cost: parseMinorUnits(values.cost, minorDigits(budget.currency)) ?? undefined,
      location: values.location.trim() === '' ? null : values.location,
    }),
    codeFields: { project_over_budget: 'cost' },
  });
  const field = (name: 'title' | 'cost' | 'location') => ({
    id: form.fieldId(name),
    name,
    value: form.values[name],
    error: form.error(name),
    onChange: (change: { target: { value: string } }) => form.setValue(name, change.target.value),
  });

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        await onSubmit(data);
        form.markSaved(EMPTY);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <TextField {...field('title')} label={t('budgets.projectForm.name')} required />
      <TextAreaField
        id={form.fieldId('description')}
        name="description"
        label={t('budgets.projectForm.description')}
        value={form.values.description}
        error={form.error('description')}
        onChange={(change) => form.setValue('description', change.target.value)}
      />
      <TextField
        {...field('cost')}
        inputMode="decimal"
        label={t('budgets.projectForm.cost')}
        hint={t('budgets.form.amountHint', { currency: budget.currency })}
        required
      />
      <TextField {...field('location')} label={t('budgets.projectForm.location')} />
      <div>
        <Button type="submit" loading={form.submitting}>
          {t('budgets.projectForm.add')}
        </Button>
      </div>
    </form>
  );
}
