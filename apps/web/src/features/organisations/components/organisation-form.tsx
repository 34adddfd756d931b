import {
  CreateOrganisationRequest,
  type Organisation,
  OrganisationKind,
  OrganisationSize,
  UpdateOrganisationRequest,
  type Visibility,
} from '@open-spaces/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';

export interface OrganisationFormValues extends Record<string, unknown> {
  slug: string;
  name: string;
  kind: string;
  country: string;
  countriesActive: string[];
  topics: string[];
  description: string;
  website: string;
  foundedYear: string;
  size: string;
  offers: string[];
  needs: string[];
  transparencyRegisterId: string;
  visibility: Visibility;
  showMembers: boolean;
}

const emptyValues: OrganisationFormValues = {
  slug: '',
  name: '',
  kind: '',
  country: '',
  countriesActive: [],
  topics: [],
  description: '',
  website: '',
  foundedYear: '',
  size: '',
  offers: [],
  needs: [],
  transparencyRegisterId: '',
  visibility: 'public',
  showMembers: true,
};

const valuesOf = (organisation: Organisation): OrganisationFormValues => ({
  slug: organisation.slug,
  name: organisation.name,
  kind: organisation.kind,
  country: organisation.country,
  countriesActive: organisation.countriesActive,
  topics: organisation.topics,
  description: organisation.description,
  website: organisation.website ?? '',
  foundedYear: organisation.foundedYear === null ? '' : String(organisation.foundedYear),
  size: organisation.size ?? '',
  offers: organisation.offers,
  needs: organisation.needs,
  transparencyRegisterId: organisation.transparencyRegisterId ?? '',
  visibility: organisation.visibility,
  showMembers: organisation.showMembers,
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export const toOrganisationRequest = (values: OrganisationFormValues) => ({
  ...values,
  kind: values.kind === '' ? undefined : values.kind,
  country: values.country === '' ? undefined : values.country,
  website: orNull(values.website),
  foundedYear: values.foundedYear.trim() === '' ? null : Number(values.foundedYear),
  size: orNull(values.size),
  transparencyRegisterId: orNull(values.transparencyRegisterId),
});

/** Lower-case words joined by hyphens: a suggestion for the address while the name is typed. */
export const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');

interface OrganisationFormProps {
  organisation?: Organisation;
  submitLabel: string;
  onSubmit: (request: CreateOrganisationRequest) => Promise<Organisation>;
  onSaved: (organisation: Organisation) => void;
}

/** Creates an organisation, or edits one when given. */
export function OrganisationForm({ organisation, submitLabel, onSubmit, onSaved }: OrganisationFormProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const slugEdited = useRef(Boolean(organisation));
  const form = useContractForm({
    id: 'organisation',
    initial: organisation ? valuesOf(organisation) : emptyValues,
    schema: organisation ? UpdateOrganisationRequest : CreateOrganisationRequest,
    toRequest: toOrganisationRequest,
    codeFields: { slug_taken: 'slug' },
  });
  const { values, setValue } = form;

  const text = <K extends 'name' | 'slug' | 'website' | 'foundedYear' | 'transparencyRegisterId'>(
    name: K,
  ) => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    onChange: (event: { target: { value: string } }) => setValue(name, event.target.value),
  });

  const chips = (name: 'topics' | 'offers' | 'needs' | 'countriesActive') => ({
    id: form.fieldId(name),
    error: form.error(name),
    options:
      name === 'countriesActive'
        ? taxonomy.countryOptions()
        : taxonomy.options(name === 'topics' ? 'topics' : 'support', values[name]),
    selected: values[name],
    onChange: (next: string[]) => setValue(name, next),
    max: name === 'countriesActive' ? 60 : 12,
    searchable: name === 'countriesActive',
  });

  return (
    <form
      className="organisation-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        const saved = await onSubmit(data as CreateOrganisationRequest);
        form.markSaved(valuesOf(saved));
        onSaved(saved);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Card title={t('organisationForm.basics')}>
        <div className="form-stack">
          <TextField
            {...text('name')}
            label={t('organisationForm.name')}
            required
            onChange={(event) => {
              setValue('name', event.target.value);
              if (!slugEdited.current) setValue('slug', slugify(event.target.value));
            }}
          />
          <TextField
            {...text('slug')}
            label={t('organisationForm.slug')}
            hint={t('organisationForm.slugHint', { slug: values.slug || 'your-organisation' })}
            autoCapitalize="none"
            spellCheck={false}
            required
            onChange={(event) => {
              slugEdited.current = true;
              setValue('slug', event.target.value);
            }}
          />
          <SelectField
            id={form.fieldId('kind')}
            label={t('organisationForm.kind')}
            emptyLabel={t('organisationForm.choose')}
            options={OrganisationKind.options.map((kind) => ({
              value: kind,
              label: t(`organisationKinds.${kind}`),
            }))}
            value={values.kind}
            error={form.error('kind')}
            required
            onChange={(event) => setValue('kind', event.target.value)}
          />
          <SelectField
            id={form.fieldId('country')}
            label={t('organisationForm.country')}
            hint={t('organisationForm.countryHint')}
            emptyLabel={t('organisationForm.choose')}
            options={taxonomy.countryOptions()}
            value={values.country}
            error={form.error('country')}
            required
            onChange={(event) => setValue('country', event.target.value)}
          />
          <TextAreaField
            id={form.fieldId('description')}
            name="description"
            label={t('organisationForm.description')}
            hint={t('organisationForm.descriptionHint')}
            value={values.description}
            error={form.error('description')}
            onChange={(event) => setValue('description', event.target.value)}
          />
          <TextField
            {...text('website')}
            type="url"
            label={t('organisationForm.website')}
            placeholder="https://"
          />
        </div>
      </Card>
      <Card title={t('organisationForm.work')}>
        <div className="form-stack">
          <ChipPicker {...chips('topics')} legend={t('organisationForm.topics')} />
          <ChipPicker {...chips('countriesActive')} legend={t('organisationForm.countriesActive')} />
          <ChipPicker {...chips('offers')} legend={t('organisationForm.offers')} />
          <ChipPicker {...chips('needs')} legend={t('organisationForm.needs')} />
        </div>
      </Card>
      <Card title={t('organisationForm.facts')}>
        <div className="form-stack">
          <TextField {...text('foundedYear')} inputMode="numeric" label={t('organisationForm.foundedYear')} />
          <SelectField
            id={form.fieldId('size')}
            label={t('organisationForm.size')}
            emptyLabel={t('profileForm.notSet')}
            options={OrganisationSize.options.map((size) => ({
              value: size,
              label: t('organisationForm.people', { size }),
            }))}
            value={values.size}
            error={form.error('size')}
            onChange={(event) => setValue('size', event.target.value)}
          />
          <TextField
            {...text('transparencyRegisterId')}
            label={t('organisationForm.registerId')}
            hint={t('organisationForm.registerIdHint')}
          />
        </div>
      </Card>
      <Card title={t('organisationForm.privacy')}>
        <div className="form-stack">
          <RadioGroup
            id={form.fieldId('visibility')}
            name="organisation-visibility"
            legend={t('organisationForm.visibility')}
            value={values.visibility}
            onChange={(visibility) => setValue('visibility', visibility)}
            options={(['public', 'members', 'hidden'] as const).map((option) => ({
              value: option,
              label: t(`visibility.${option}`),
              description: t(`organisationForm.visibility_${option}`),
            }))}
          />
          <CheckboxField
            id={form.fieldId('showMembers')}
            label={t('organisationForm.showMembers')}
            hint={t('organisationForm.showMembersHint')}
            checked={values.showMembers}
            onChange={(checked) => setValue('showMembers', checked)}
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
