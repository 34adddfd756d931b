import { type EditableOrganisation, PartnerRole } from '@open-spaces/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useCreatePartnerSearch } from '../api/create-partner-search';

interface RoleValue {
  role: PartnerRole;
  competences: string[];
}

/** The lead's form: which of its organisations leads, the roles it needs, where from, and a note. */
export function StartPartnerSearchForm({
  callId,
  organisations,
  onCancel,
}: {
  callId: string;
  organisations: EditableOrganisation[];
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const navigate = useNavigate();
  const create = useCreatePartnerSearch();
  const [organisation, setOrganisation] = useState(organisations[0]?.slug ?? '');
  const [roles, setRoles] = useState<RoleValue[]>([{ role: 'partner', competences: [] }]);
  const [countries, setCountries] = useState<string[]>([]);
  const [note, setNote] = useState('');

  const setRole = (index: number, change: Partial<RoleValue>) =>
    setRoles((current) => current.map((value, at) => (at === index ? { ...value, ...change } : value)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { callId, organisation, roles, countriesWanted: countries, note },
      { onSuccess: (search) => navigate(`/funding/partner-searches/${search.id}`) },
    );
  };

  return (
    <form className="stack partner-search-form" onSubmit={submit} aria-labelledby="partner-search-form-title">
      <h3 id="partner-search-form-title">{t('partners.form.title')}</h3>
      {create.isError && <Alert tone="error">{errorMessage(t, create.error)}</Alert>}
      <SelectField
        id="partner-search-organisation"
        label={t('partners.form.organisation')}
        options={organisations.map((option) => ({ value: option.slug, label: option.name }))}
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
      />
      <fieldset className="stack">
        <legend>{t('partners.form.roles')}</legend>
        {roles.map((value, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: roles are edited in place and have no id
          <div key={index} className="stack partner-search-form__role">
            <SelectField
              id={`partner-search-role-${index}`}
              label={t('partners.form.role', { number: index + 1 })}
              options={PartnerRole.options.map((role) => ({
                value: role,
                label: t(`partners.roles.${role}`),
              }))}
              value={value.role}
              onChange={(event) => {
                const parsed = PartnerRole.safeParse(event.target.value);
                if (parsed.success) setRole(index, { role: parsed.data });
              }}
            />
            <ChipPicker
              id={`partner-search-competences-${index}`}
              legend={t('partners.form.competences', { number: index + 1 })}
              options={taxonomy.options('support')}
              selected={value.competences}
              onChange={(next) => setRole(index, { competences: next })}
              max={8}
              collapsible
            />
            {roles.length > 1 && (
              <Button
                type="button"
                variant="secondary"
                size="small"
                onClick={() => setRoles((current) => current.filter((_, at) => at !== index))}
              >
                {t('partners.form.removeRole', { number: index + 1 })}
              </Button>
            )}
          </div>
        ))}
        {roles.length < 10 && (
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={() => setRoles((current) => [...current, { role: 'partner', competences: [] }])}
          >
            {t('partners.form.addRole')}
          </Button>
        )}
      </fieldset>
      <ChipPicker
        id="partner-search-countries"
        legend={t('partners.form.countries')}
        options={taxonomy.countryOptions()}
        selected={countries}
        onChange={setCountries}
        max={40}
        searchable
        collapsible
      />
      <TextAreaField
        id="partner-search-note"
        label={t('partners.form.note')}
        value={note}
        maxLength={2000}
        rows={4}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="cluster">
        <Button type="submit" loading={create.isPending}>
          {t('partners.form.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('partners.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
