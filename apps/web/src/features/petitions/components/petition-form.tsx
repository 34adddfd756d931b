import { CreatePetitionRequest, type Petition, UpdatePetitionRequest } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { FixedAuthorField } from '../../../components/publish-as/fixed-author-field';
import { PublishAsField } from '../../../components/publish-as/publish-as-field';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';
import { fromLocalInput, toLocalInput } from './petition-figures';

export interface PetitionFormValues extends Record<string, unknown> {
  title: string;
  text: string;
  addressee: string;
  goal: string;
  /** `datetime-local`, in the reader's time zone. */
  deadline: string;
  topics: string[];
  countries: string[];
  language: string;
  /** The organisation's slug, or '' to start it as oneself. */
  organisation: string;
}

const emptyValues: PetitionFormValues = {
  title: '',
  text: '',
  addressee: '',
  goal: '',
  deadline: '',
  topics: [],
  countries: [],
  language: '',
  organisation: '',
};

const valuesOf = (petition: Petition): PetitionFormValues => ({
  title: petition.title,
  text: petition.text,
  addressee: petition.addressee,
  goal: String(petition.goal),
  deadline: toLocalInput(petition.deadline),
  topics: petition.topics,
  countries: petition.countries,
  language: petition.language,
  organisation: petition.author.organisation?.slug ?? '',
});

/** The request the contract describes; a new petition may name the organisation it is started as. */
export const toPetitionRequest = (values: PetitionFormValues, creating: boolean) => ({
  title: values.title,
  text: values.text,
  addressee: values.addressee,
  goal: values.goal.trim() === '' ? Number.NaN : Number(values.goal),
  deadline: fromLocalInput(values.deadline),
  topics: values.topics,
  countries: values.countries,
  language: values.language,
  ...(creating && { organisation: values.organisation.trim() === '' ? null : values.organisation }),
});

interface PetitionFormProps {
  petition?: Petition;
  submitLabel: string;
  onSubmit: (request: CreatePetitionRequest) => Promise<Petition>;
  onSaved: (petition: Petition) => void;
}

/** Writes a new draft, or changes one when given. */
export function PetitionForm({ petition, submitLabel, onSubmit, onSaved }: PetitionFormProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const creating = !petition;
  const form = useContractForm({
    id: 'petition',
    initial: petition ? valuesOf(petition) : emptyValues,
    schema: creating ? CreatePetitionRequest : UpdatePetitionRequest,
    toRequest: (values: PetitionFormValues) => toPetitionRequest(values, creating),
  });
  const { values, setValue } = form;
  const text = <K extends 'title' | 'addressee' | 'goal' | 'deadline'>(name: K) => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    onChange: (change: { target: { value: string } }) => setValue(name, change.target.value),
  });
  return (
    <form
      className="petition-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        const saved = await onSubmit(data as CreatePetitionRequest);
        form.markSaved(valuesOf(saved));
        onSaved(saved);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Card title={t('petitions.form.basics')}>
        <div className="form-stack">
          <TextField {...text('title')} label={t('petitions.form.title')} required />
          <TextField
            {...text('addressee')}
            label={t('petitions.form.addressee')}
            hint={t('petitions.form.addresseeHint')}
            required
          />
          <TextAreaField
            id={form.fieldId('text')}
            name="text"
            label={t('petitions.form.text')}
            hint={t('petitions.form.textHint')}
            value={values.text}
            error={form.error('text')}
            required
            rows={10}
            onChange={(change) => setValue('text', change.target.value)}
          />
          {petition ? (
            <FixedAuthorField
              id={form.fieldId('organisation')}
              label={t('petitions.form.startAs')}
              hint={t('petitions.form.startAsFixed')}
              selfLabel={t('petitions.form.asYourself')}
              author={petition.author}
              value={values.organisation}
            />
          ) : (
            <PublishAsField
              id={form.fieldId('organisation')}
              label={t('petitions.form.startAs')}
              selfLabel={t('petitions.form.asYourself')}
              noneHint={t('petitions.form.startAsNone')}
              value={values.organisation}
              error={form.error('organisation')}
              onChange={(organisation) => setValue('organisation', organisation)}
            />
          )}
        </div>
      </Card>
      <Card title={t('petitions.form.details')}>
        <div className="form-stack">
          <TextField {...text('goal')} inputMode="numeric" label={t('petitions.form.goal')} required />
          <TextField
            {...text('deadline')}
            type="datetime-local"
            label={t('petitions.form.deadline')}
            hint={t('petitions.form.deadlineHint')}
            required
          />
          <ChipPicker
            id={form.fieldId('topics')}
            legend={t('petitions.form.topics')}
            error={form.error('topics')}
            options={taxonomy.options('topics', values.topics)}
            selected={values.topics}
            onChange={(topics) => setValue('topics', topics)}
            max={8}
          />
          <ChipPicker
            id={form.fieldId('countries')}
            legend={t('petitions.form.countries')}
            error={form.error('countries')}
            options={taxonomy.countryOptions()}
            selected={values.countries}
            onChange={(countries) => setValue('countries', countries)}
            max={30}
          />
          <SelectField
            id={form.fieldId('language')}
            label={t('petitions.form.language')}
            emptyLabel={t('petitions.form.choose')}
            options={taxonomy.options('languages')}
            value={values.language}
            error={form.error('language')}
            required
            onChange={(change) => setValue('language', change.target.value)}
          />
        </div>
      </Card>
      <div className="form-actions">
        <Button type="submit" loading={form.submitting}>
          {submitLabel}
        </Button>
      </div>
      <UnsavedChangesDialog dirty={form.dirty && !form.submitting} />
    </form>
  );
}
