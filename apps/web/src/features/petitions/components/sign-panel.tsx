import { type Petition, VisitorSignRequest } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import type { SessionState } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSignAsVisitor } from '../api/sign-as-visitor';
import { useSignPetition } from '../api/sign-petition';

interface Consent {
  showName: boolean;
  shareContact: boolean;
}

function ConsentFields({
  id,
  consent,
  onChange,
}: {
  id: string;
  consent: Consent;
  onChange: (next: Consent) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxField
        id={`${id}-show-name`}
        label={t('petitions.sign.showName')}
        hint={t('petitions.sign.showNameHint')}
        checked={consent.showName}
        onChange={(showName) => onChange({ ...consent, showName })}
      />
      <CheckboxField
        id={`${id}-share-contact`}
        label={t('petitions.sign.shareContact')}
        hint={t('petitions.sign.shareContactHint')}
        checked={consent.shareContact}
        onChange={(shareContact) => onChange({ ...consent, shareContact })}
      />
    </>
  );
}

/** One click for a member with a confirmed address, with their two choices. */
function MemberSignForm({ petition }: { petition: Petition }) {
  const { t } = useTranslation();
  const sign = useSignPetition();
  const [consent, setConsent] = useState<Consent>({ showName: false, shareContact: false });
  return (
    <form
      className="form-stack"
      onSubmit={(event) => {
        event.preventDefault();
        sign.mutate({ id: petition.id, body: consent });
      }}
    >
      {sign.isError && <Alert tone="error">{errorMessage(t, sign.error)}</Alert>}
      <ConsentFields id="member-sign" consent={consent} onChange={setConsent} />
      <div>
        <Button type="submit" loading={sign.isPending}>
          {t('petitions.sign.submit')}
        </Button>
      </div>
    </form>
  );
}

interface VisitorValues extends Record<string, unknown> {
  name: string;
  email: string;
  country: string;
  showName: boolean;
  shareContact: boolean;
  website: string;
}

/** Name, address and country; the signature counts once the mailed link is opened. */
function VisitorSignForm({ petition }: { petition: Petition }) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const sign = useSignAsVisitor();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useContractForm({
    id: 'visitor-sign',
    initial: {
      name: '',
      email: '',
      country: '',
      showName: false,
      shareContact: false,
      website: '',
    } as VisitorValues,
    schema: VisitorSignRequest,
    toRequest: (values: VisitorValues) => ({
      ...values,
      email: values.email.trim(),
      website: values.website || undefined,
    }),
  });
  const { values, setValue } = form;
  if (sentTo) {
    return (
      <Alert tone="success" title={t('petitions.sign.sent')}>
        {t('petitions.sign.sentBody', { email: sentTo })}
      </Alert>
    );
  }
  const text = (name: 'name' | 'email') => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    onChange: (change: { target: { value: string } }) => setValue(name, change.target.value),
  });
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        await sign.mutateAsync({ id: petition.id, body: data });
        form.markSaved(values);
        setSentTo(values.email.trim());
      })}
    >
      <p>{t('petitions.sign.visitorLead')}</p>
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <TextField {...text('name')} label={t('petitions.sign.name')} autoComplete="name" required />
      <TextField
        {...text('email')}
        type="email"
        label={t('petitions.sign.email')}
        autoComplete="email"
        required
      />
      <SelectField
        id={form.fieldId('country')}
        label={t('petitions.sign.country')}
        emptyLabel={t('petitions.sign.choose')}
        options={taxonomy.countryOptions()}
        value={values.country}
        error={form.error('country')}
        required
        onChange={(change) => setValue('country', change.target.value)}
      />
      <ConsentFields
        id="visitor-sign"
        consent={{ showName: values.showName, shareContact: values.shareContact }}
        onChange={(next) => {
          setValue('showName', next.showName);
          setValue('shareContact', next.shareContact);
        }}
      />
      {/* A field people never see nor reach by keyboard; robots that fill every field fill it. */}
      <div className="petition-honeypot" aria-hidden="true">
        <label htmlFor="visitor-sign-website">{t('petitions.sign.honeypot')}</label>
        <input
          id="visitor-sign-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(change) => setValue('website', change.target.value)}
        />
      </div>
      <div>
        <Button type="submit" loading={form.submitting}>
          {t('petitions.sign.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Signing: what the viewer can do depends on the petition's state and who they are. */
export function SignPanel({ petition, session }: { petition: Petition; session: SessionState }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (petition.mySignature) {
    return (
      <Card title={t('petitions.sign.signedTitle')}>
        <p>{t('petitions.sign.signedOn', { date: formatDate(petition.mySignature.signedAt) })}</p>
      </Card>
    );
  }
  if (petition.state !== 'open') {
    return (
      <Card title={t('petitions.sign.title')}>
        <p>{petition.state === 'draft' ? t('petitions.sign.draft') : t('petitions.sign.closed')}</p>
      </Card>
    );
  }
  return (
    <Card title={t('petitions.sign.title')}>
      {session.status === 'signedIn' ? (
        session.user.emailVerified ? (
          <MemberSignForm petition={petition} />
        ) : (
          <p>{t('petitions.sign.verifyFirst')}</p>
        )
      ) : (
        <div className="stack-s">
          <VisitorSignForm petition={petition} />
          <p>
            <ButtonLink
              to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
              variant="quiet"
              size="small"
            >
              {t('petitions.sign.signIn')}
            </ButtonLink>
          </p>
        </div>
      )}
    </Card>
  );
}
