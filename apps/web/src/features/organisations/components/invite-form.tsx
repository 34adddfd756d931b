import { InviteRequest, OrganisationRole } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useInvite } from '../api/create-invitation';

interface InviteValues extends Record<string, unknown> {
  who: string;
  role: string;
}

/** "@handle" or "handle" invites a member; anything with an @ inside is an email address. */
export const toInviteRequest = ({ who, role }: InviteValues) => {
  const value = who.trim();
  return value.includes('@') && !value.startsWith('@')
    ? { email: value, role }
    : { handle: value.replace(/^@/, ''), role };
};

const [byHandle, byEmail] = InviteRequest.options;

export function InviteForm({ slug, canInviteOwners }: { slug: string; canInviteOwners: boolean }) {
  const { t } = useTranslation();
  const invite = useInvite(slug);
  const [sent, setSent] = useState<string | null>(null);
  const form = useContractForm({
    id: 'invite',
    initial: { who: '', role: 'member' } as InviteValues,
    schema: (request): z.ZodType<z.output<typeof InviteRequest>> =>
      typeof request === 'object' && request && 'email' in request ? byEmail : byHandle,
    toRequest: toInviteRequest,
    fieldAliases: { handle: 'who', email: 'who' },
    codeFields: { already_member: 'who', already_invited: 'who', not_found: 'who', member_not_found: 'who' },
  });
  const whoError = form.error('who');

  return (
    <form
      className="invite-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        setSent(null);
        await invite.mutateAsync(data);
        setSent(form.values.who.trim());
        form.markSaved({ who: '', role: form.values.role });
      })}
    >
      <ErrorSummary items={[]} error={form.formError} focusKey={form.failedAttempts} />
      {sent && <Alert tone="success">{t('invitations.sent', { who: sent })}</Alert>}
      <div className="invite-form__fields">
        <TextField
          id={form.fieldId('who')}
          name="who"
          label={t('invitations.who')}
          hint={t('invitations.whoHint')}
          value={form.values.who}
          error={whoError}
          autoCapitalize="none"
          spellCheck={false}
          onChange={(event) => form.setValue('who', event.target.value)}
        />
        <SelectField
          id={form.fieldId('role')}
          label={t('invitations.role')}
          options={OrganisationRole.options
            .filter((role) => canInviteOwners || role !== 'owner')
            .map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={form.values.role}
          onChange={(event) => form.setValue('role', event.target.value)}
        />
      </div>
      <div>
        <Button type="submit" loading={form.submitting}>
          {t('invitations.send')}
        </Button>
      </div>
    </form>
  );
}
