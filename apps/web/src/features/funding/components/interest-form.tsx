import { type EditableOrganisation, PartnerRole } from '@open-spaces/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useExpressInterest } from '../api/express-interest';

/** An editor of another organisation offers it for a role in the consortium. */
export function InterestForm({
  searchId,
  organisations,
}: {
  searchId: string;
  organisations: EditableOrganisation[];
}) {
  const { t } = useTranslation();
  const express = useExpressInterest();
  const [organisation, setOrganisation] = useState(organisations[0]?.slug ?? '');
  const [role, setRole] = useState<PartnerRole>('partner');
  const [note, setNote] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    express.mutate({ searchId, organisation, role, note }, { onSuccess: () => setNote('') });
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="interest-form-title">
      <h3 id="interest-form-title">{t('partners.interest.formTitle')}</h3>
      {express.isError && <Alert tone="error">{errorMessage(t, express.error)}</Alert>}
      {express.isSuccess && <Alert tone="success">{t('partners.interest.sent')}</Alert>}
      <SelectField
        id="interest-organisation"
        label={t('partners.interest.organisation')}
        options={organisations.map((option) => ({ value: option.slug, label: option.name }))}
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
      />
      <SelectField
        id="interest-role"
        label={t('partners.interest.role')}
        options={PartnerRole.options.map((value) => ({ value, label: t(`partners.roles.${value}`) }))}
        value={role}
        onChange={(event) => {
          const parsed = PartnerRole.safeParse(event.target.value);
          if (parsed.success) setRole(parsed.data);
        }}
      />
      <TextAreaField
        id="interest-note"
        label={t('partners.interest.note')}
        value={note}
        maxLength={2000}
        rows={3}
        onChange={(event) => setNote(event.target.value)}
      />
      <div>
        <Button type="submit" loading={express.isPending}>
          {t('partners.interest.submit')}
        </Button>
      </div>
    </form>
  );
}
