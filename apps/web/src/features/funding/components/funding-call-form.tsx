import {
  CountryGroup,
  CreateFundingCallRequest,
  currencyCodes,
  DeadlineModel,
  type EditableOrganisation,
  type FundingCall,
  OrganisationKind,
  UpdateFundingCallRequest,
} from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
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
import {
  deadlinesForModel,
  emptyDeadline,
  emptyFundingCallValues,
  type FundingCallFormValues,
  fundingCallValuesOf,
  toFundingCallRequest,
} from './funding-call-form-values';

/** Zones offered for deadlines: Europe's, and UTC. */
const TIME_ZONES = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter(
    (zone) => zone.startsWith('Europe/') || zone.startsWith('Atlantic/'),
  ),
];

interface FundingCallFormProps {
  call?: FundingCall;
  organisations: EditableOrganisation[];
  submitLabel: string;
  onSubmit: (request: unknown) => Promise<FundingCall>;
  onSaved: (call: FundingCall) => void;
}

type TextName =
  | 'title'
  | 'summary'
  | 'programme'
  | 'applyUrl'
  | 'contact'
  | 'totalBudget'
  | 'minGrant'
  | 'maxGrant'
  | 'expectedGrants'
  | 'coFundingRate'
  | 'minPartners'
  | 'minCountries';

/** Publishes a call, or changes one when given. */
export function FundingCallForm({
  call,
  organisations,
  submitLabel,
  onSubmit,
  onSaved,
}: FundingCallFormProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const deadlineLabel = (model: DeadlineModel, index: number) =>
    model === 'two_stage'
      ? t('funding.form.stage', { number: index + 1 })
      : model === 'multiple_cutoffs'
        ? t('funding.form.cutoff', { number: index + 1 })
        : t('funding.form.deadline');
  const form = useContractForm({
    id: 'funding-call',
    initial: call
      ? fundingCallValuesOf(call)
      : emptyFundingCallValues(organisations[0]?.slug ?? '', t('funding.form.deadline')),
    schema: call ? UpdateFundingCallRequest : CreateFundingCallRequest,
    toRequest: (values: FundingCallFormValues) => toFundingCallRequest(values, !call),
    fieldAliases: {
      opening: 'openingLocal',
      'opening.local': 'openingLocal',
      eligibleCountries: 'countries',
    },
  });
  const { values, setValue } = form;

  const text = (name: TextName, numeric = false) => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    inputMode: numeric ? ('numeric' as const) : undefined,
    onChange: (event: { target: { value: string } }) => setValue(name, event.target.value),
  });

  const setDeadline = (index: number, field: 'label' | 'local' | 'timeZone', value: string) =>
    setValue(
      'deadlines',
      values.deadlines.map((deadline, at) => (at === index ? { ...deadline, [field]: value } : deadline)),
    );
  const zoneOptions = TIME_ZONES.map((zone) => ({ value: zone, label: zone }));

  return (
    <form
      className="funding-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        const saved = await onSubmit(data);
        form.markSaved(fundingCallValuesOf(saved));
        onSaved(saved);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Card title={t('funding.form.basics')}>
        <div className="form-stack">
          {!call && (
            <SelectField
              id={form.fieldId('organisation')}
              label={t('funding.form.funder')}
              options={organisations.map((organisation) => ({
                value: organisation.slug,
                label: organisation.name,
              }))}
              value={values.organisation}
              error={form.error('organisation')}
              required
              onChange={(event) => setValue('organisation', event.target.value)}
            />
          )}
          <TextField {...text('title')} label={t('funding.form.callTitle')} required />
          <TextField
            {...text('summary')}
            label={t('funding.form.summary')}
            hint={t('funding.form.summaryHint')}
            required
          />
          <TextAreaField
            id={form.fieldId('description')}
            name="description"
            label={t('funding.form.description')}
            hint={t('funding.form.descriptionHint')}
            value={values.description}
            error={form.error('description')}
            onChange={(event) => setValue('description', event.target.value)}
          />
          <TextField {...text('programme')} label={t('funding.form.programme')} />
          <TextField
            {...text('applyUrl')}
            type="url"
            placeholder="https://"
            label={t('funding.form.applyUrl')}
            required
          />
          <TextField {...text('contact')} label={t('funding.form.contact')} />
        </div>
      </Card>
      <Card title={t('funding.form.money')}>
        <div className="form-stack">
          <SelectField
            id={form.fieldId('currency')}
            label={t('funding.form.currency')}
            options={currencyCodes.map((code) => ({ value: code, label: code }))}
            value={values.currency}
            error={form.error('currency')}
            onChange={(event) => setValue('currency', event.target.value)}
          />
          <TextField {...text('totalBudget', true)} label={t('funding.form.totalBudget')} />
          <TextField {...text('minGrant', true)} label={t('funding.form.minGrant')} />
          <TextField {...text('maxGrant', true)} label={t('funding.form.maxGrant')} />
          <TextField {...text('expectedGrants', true)} label={t('funding.form.expectedGrants')} />
          <TextField {...text('coFundingRate', true)} label={t('funding.form.coFundingRate')} />
        </div>
      </Card>
      <Card title={t('funding.form.dates')}>
        <div className="form-stack">
          <TextField
            id={form.fieldId('openingLocal')}
            name="openingLocal"
            type="datetime-local"
            label={t('funding.form.opening')}
            value={values.openingLocal}
            error={form.error('openingLocal')}
            onChange={(event) => setValue('openingLocal', event.target.value)}
          />
          {values.openingLocal !== '' && (
            <SelectField
              id={form.fieldId('openingZone')}
              label={t('funding.form.openingZone')}
              options={zoneOptions}
              value={values.openingZone}
              onChange={(event) => setValue('openingZone', event.target.value)}
            />
          )}
          <SelectField
            id={form.fieldId('deadlineModel')}
            label={t('funding.form.deadlineModel')}
            options={DeadlineModel.options.map((model) => ({
              value: model,
              label: t(`funding.deadlineModels.${model}`),
            }))}
            value={values.deadlineModel}
            error={form.error('deadlineModel')}
            onChange={(event) => {
              const model = DeadlineModel.parse(event.target.value);
              setValue('deadlineModel', model);
              setValue('deadlines', deadlinesForModel(model, values.deadlines, deadlineLabel));
            }}
          />
          {form.error('deadlines') && (
            <p className="field__error" id={form.fieldId('deadlines')}>
              {form.error('deadlines')}
            </p>
          )}
          {values.deadlines.map((deadline, index) => (
            <fieldset className="funding-deadline" key={`deadline-${index.toString()}`}>
              <legend>{t('funding.form.deadlineLegend', { number: index + 1 })}</legend>
              <TextField
                id={form.fieldId(`deadlines.${index}.label`)}
                name={`deadlines.${index}.label`}
                label={t('funding.form.deadlineLabel')}
                value={deadline.label}
                error={form.error(`deadlines.${index}.label`)}
                onChange={(event) => setDeadline(index, 'label', event.target.value)}
              />
              <TextField
                id={form.fieldId(`deadlines.${index}.local`)}
                name={`deadlines.${index}.local`}
                type="datetime-local"
                label={t('funding.form.deadlineLocal')}
                value={deadline.local}
                error={form.error(`deadlines.${index}.local`)}
                required
                onChange={(event) => setDeadline(index, 'local', event.target.value)}
              />
              <SelectField
                id={form.fieldId(`deadlines.${index}.timeZone`)}
                label={t('funding.form.deadlineZone')}
                options={zoneOptions}
                value={deadline.timeZone}
                error={form.error(`deadlines.${index}.timeZone`)}
                onChange={(event) => setDeadline(index, 'timeZone', event.target.value)}
              />
              {values.deadlineModel === 'multiple_cutoffs' && values.deadlines.length > 2 && (
                <Button
                  variant="quiet"
                  size="small"
                  onClick={() =>
                    setValue(
                      'deadlines',
                      values.deadlines
                        .filter((_, at) => at !== index)
                        .map((kept, at) => ({ ...kept, label: deadlineLabel('multiple_cutoffs', at) })),
                    )
                  }
                >
                  {t('funding.form.removeDeadline', { number: index + 1 })}
                </Button>
              )}
            </fieldset>
          ))}
          {values.deadlineModel === 'multiple_cutoffs' && values.deadlines.length < 24 && (
            <div>
              <Button
                variant="secondary"
                size="small"
                onClick={() =>
                  setValue('deadlines', [
                    ...values.deadlines,
                    emptyDeadline(deadlineLabel('multiple_cutoffs', values.deadlines.length)),
                  ])
                }
              >
                {t('funding.form.addDeadline')}
              </Button>
            </div>
          )}
        </div>
      </Card>
      <Card title={t('funding.form.eligibility')}>
        <div className="form-stack">
          <ChipPicker
            id={form.fieldId('groups')}
            legend={t('funding.form.groups')}
            options={CountryGroup.options.map((group) => ({
              value: group,
              label: t(`funding.groups.${group}`),
            }))}
            selected={values.groups}
            onChange={(next) => setValue('groups', next)}
          />
          <ChipPicker
            id={form.fieldId('countries')}
            legend={t('funding.form.countries')}
            hint={t('funding.form.countriesHint')}
            error={form.error('countries')}
            options={taxonomy.countryOptions()}
            selected={values.countries}
            onChange={(next) => setValue('countries', next)}
            max={76}
            searchable
            collapsible
          />
          <ChipPicker
            id={form.fieldId('eligibleKinds')}
            legend={t('funding.form.kinds')}
            hint={t('funding.form.kindsHint')}
            options={OrganisationKind.options.map((kind) => ({
              value: kind,
              label: t(`organisationKinds.${kind}`),
            }))}
            selected={values.eligibleKinds}
            onChange={(next) => setValue('eligibleKinds', next)}
          />
          <ChipPicker
            id={form.fieldId('topics')}
            legend={t('funding.form.topics')}
            error={form.error('topics')}
            options={taxonomy.options('topics', values.topics)}
            selected={values.topics}
            onChange={(next) => setValue('topics', next)}
            max={12}
          />
          <ChipPicker
            id={form.fieldId('languages')}
            legend={t('funding.form.languages')}
            options={taxonomy.options('languages', values.languages)}
            selected={values.languages}
            onChange={(next) => setValue('languages', next)}
            max={24}
            searchable
            collapsible
          />
        </div>
      </Card>
      <Card title={t('funding.form.consortium')}>
        <div className="form-stack">
          <TextField {...text('minPartners', true)} label={t('funding.form.minPartners')} />
          <TextField {...text('minCountries', true)} label={t('funding.form.minCountries')} />
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
