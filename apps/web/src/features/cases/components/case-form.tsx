import { type Case, CaseFormat, CaseMethod, CaseRequest, CaseScope, Iap2Level } from '@open-spaces/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { type LinkRow, LinkRowsField } from '../../../components/ui/link-rows-field';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';
import { type PartyRow, PartyRows } from './party-rows';

export interface CaseValues extends Record<string, unknown> {
  title: string;
  summary: string;
  description: string;
  country: string;
  place: string;
  scope: string;
  startDate: string;
  endDate: string;
  ongoing: boolean;
  purpose: string;
  iap2Level: string;
  methods: string[];
  participantCount: string;
  recruitment: string;
  format: string;
  organisers: PartyRow[];
  funders: PartyRow[];
  outcomes: string;
  impact: string;
  links: LinkRow[];
  topics: string[];
  language: string;
}

const MAX_LINKS = 10;

const emptyValues: CaseValues = {
  title: '',
  summary: '',
  description: '',
  country: '',
  place: '',
  scope: '',
  startDate: '',
  endDate: '',
  ongoing: false,
  purpose: '',
  iap2Level: '',
  methods: [],
  participantCount: '',
  recruitment: '',
  format: '',
  organisers: [{ organisation: '', name: '' }],
  funders: [],
  outcomes: '',
  impact: '',
  links: [],
  topics: [],
  language: '',
};

/** The form's values for a case being edited, or empty ones for a new case. */
export function caseValues(item?: Case): CaseValues {
  if (!item) return emptyValues;
  const party = (p: Case['organisers'][number]): PartyRow => ({
    organisation: p.organisation?.slug ?? '',
    name: p.organisation ? '' : p.name,
  });
  return {
    title: item.title,
    summary: item.summary,
    description: item.description,
    country: item.country,
    place: item.place,
    scope: item.scope,
    startDate: item.startDate,
    endDate: item.endDate ?? '',
    ongoing: item.ongoing,
    purpose: item.purpose,
    iap2Level: item.iap2Level,
    methods: item.methods,
    participantCount: item.participantCount === null ? '' : String(item.participantCount),
    recruitment: item.recruitment,
    format: item.format,
    organisers: item.organisers.map(party),
    funders: item.funders.map(party),
    outcomes: item.outcomes,
    impact: item.impact,
    links: item.links,
    topics: item.topics,
    language: item.language,
  };
}

const partyRequest = (row: PartyRow) =>
  row.organisation.trim()
    ? { organisation: row.organisation.trim() }
    : { name: row.name.trim() === '' ? undefined : row.name };

/** What people typed becomes the request; empty choices stay out so the contract names them. */
const toRequest = (values: CaseValues) => ({
  ...values,
  country: values.country || undefined,
  scope: values.scope || undefined,
  iap2Level: values.iap2Level || undefined,
  format: values.format || undefined,
  language: values.language || undefined,
  endDate: values.ongoing || values.endDate === '' ? null : values.endDate,
  participantCount: values.participantCount.trim() === '' ? null : Number(values.participantCount),
  organisers: values.organisers.map(partyRequest),
  funders: values.funders.map(partyRequest),
});

interface CaseFormProps {
  id: string;
  initial: CaseValues;
  submitLabel: string;
  onSubmit: (request: z.output<typeof CaseRequest>) => Promise<unknown>;
}

/** One form in fieldsets: the case, where and when, how people took part, who ran it, what came of it. */
export function CaseForm({ id, initial, submitLabel, onSubmit }: CaseFormProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const form = useContractForm({ id, initial, schema: CaseRequest, toRequest });
  const { values, setValue } = form;

  const text = (name: 'title' | 'place' | 'startDate' | 'endDate' | 'participantCount') => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    onChange: (event: { target: { value: string } }) => setValue(name, event.target.value),
  });
  const area = (name: 'summary' | 'description' | 'purpose' | 'recruitment' | 'outcomes' | 'impact') => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    label: t(`cases.form.${name}`),
    hint: t(`cases.form.${name}Hint`),
    onChange: (event: { target: { value: string } }) => setValue(name, event.target.value),
  });

  return (
    <form className="form-stack case-form" noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Section legend={t('cases.form.aboutSection')}>
        <TextField {...text('title')} label={t('cases.form.title')} />
        <TextAreaField {...area('summary')} rows={3} />
        <TextAreaField {...area('description')} rows={8} />
        <TextAreaField {...area('purpose')} rows={3} />
        <ChipPicker
          id={form.fieldId('topics')}
          legend={t('cases.form.topics')}
          error={form.error('topics')}
          options={taxonomy.options('topics', initial.topics)}
          selected={values.topics}
          onChange={(next) => setValue('topics', next)}
          max={5}
        />
        <SelectField
          id={form.fieldId('language')}
          label={t('cases.form.language')}
          hint={t('cases.form.languageHint')}
          emptyLabel={t('cases.form.choose')}
          options={taxonomy.options('languages')}
          value={values.language}
          error={form.error('language')}
          onChange={(event) => setValue('language', event.target.value)}
        />
      </Section>
      <Section legend={t('cases.form.whereSection')}>
        <SelectField
          id={form.fieldId('country')}
          label={t('cases.form.country')}
          emptyLabel={t('cases.form.choose')}
          options={taxonomy.countryOptions()}
          value={values.country}
          error={form.error('country')}
          onChange={(event) => setValue('country', event.target.value)}
        />
        <TextField {...text('place')} label={t('cases.form.place')} hint={t('cases.form.placeHint')} />
        <SelectField
          id={form.fieldId('scope')}
          label={t('cases.scope')}
          emptyLabel={t('cases.form.choose')}
          options={CaseScope.options.map((scope) => ({ value: scope, label: t(`cases.scopes.${scope}`) }))}
          value={values.scope}
          error={form.error('scope')}
          onChange={(event) => setValue('scope', event.target.value)}
        />
        <div className="case-form__dates">
          <TextField {...text('startDate')} type="date" label={t('cases.form.startDate')} />
          <TextField
            {...text('endDate')}
            type="date"
            label={t('cases.form.endDate')}
            disabled={values.ongoing}
          />
          <CheckboxField
            id={form.fieldId('ongoing')}
            label={t('cases.form.ongoing')}
            checked={values.ongoing}
            onChange={(checked) => setValue('ongoing', checked)}
          />
        </div>
      </Section>
      <Section legend={t('cases.form.participationSection')}>
        <ChipPicker
          id={form.fieldId('methods')}
          legend={t('cases.form.methods')}
          hint={t('cases.form.methodsHint')}
          error={form.error('methods')}
          options={CaseMethod.options.map((method) => ({
            value: method,
            label: t(`cases.methods.${method}`),
          }))}
          selected={values.methods}
          onChange={(next) => setValue('methods', next)}
          max={6}
        />
        <RadioGroup
          id={form.fieldId('iap2Level')}
          name="iap2Level"
          legend={t('cases.iap2Level')}
          hint={t('cases.form.iap2Hint')}
          error={form.error('iap2Level')}
          options={Iap2Level.options.map((level) => ({
            value: level,
            label: t(`cases.iap2Levels.${level}`),
            description: t(`cases.iap2Descriptions.${level}`),
          }))}
          value={values.iap2Level as z.infer<typeof Iap2Level>}
          onChange={(level) => setValue('iap2Level', level)}
        />
        <RadioGroup
          id={form.fieldId('format')}
          name="format"
          legend={t('cases.format')}
          className="radio-group--inline"
          error={form.error('format')}
          options={CaseFormat.options.map((format) => ({
            value: format,
            label: t(`cases.formats.${format}`),
          }))}
          value={values.format as z.infer<typeof CaseFormat>}
          onChange={(format) => setValue('format', format)}
        />
        <TextField
          {...text('participantCount')}
          type="number"
          inputMode="numeric"
          min={0}
          label={t('cases.form.participantCount')}
        />
        <TextAreaField {...area('recruitment')} rows={3} />
      </Section>
      <Section legend={t('cases.form.partiesSection')}>
        {(['organisers', 'funders'] as const).map((role) => (
          <PartyRows
            key={role}
            role={role}
            rows={values[role]}
            onChange={(rows) => setValue(role, rows)}
            fieldId={form.fieldId}
            error={form.error}
          />
        ))}
      </Section>
      <Section legend={t('cases.form.outcomesSection')}>
        <TextAreaField {...area('outcomes')} rows={5} />
        <TextAreaField {...area('impact')} rows={5} />
        <LinkRowsField
          links={values.links}
          onChange={(links) => setValue('links', links)}
          fieldId={form.fieldId}
          error={form.error}
          max={MAX_LINKS}
          urlFirst
          text={{
            row: (count) => t('cases.form.linkNumber', { count }),
            label: t('cases.form.linkLabel'),
            url: t('cases.form.linkUrl'),
            remove: t('cases.form.remove'),
            removeRow: (count) => t('cases.form.removeLinkLabel', { count }),
            add: t('cases.form.addLink'),
          }}
        />
      </Section>
      <div className="form-actions">
        <Button type="submit" loading={form.submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="case-form__section">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
