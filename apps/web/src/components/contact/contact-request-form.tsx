import { CreateContactRequest } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useZodForm } from '../../lib/use-zod-form';
import { Button } from '../ui/button';
import { ErrorSummary } from '../ui/error-summary';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import { useSendContactRequest } from './use-send-contact-request';

/** The request's contract, with an empty deadline field meaning "no deadline". */
const ContactRequestForm = CreateContactRequest.extend({
  deadline: z.union([z.literal('').transform(() => null), z.iso.date()]),
});

interface ContactRequestFormProps {
  handle: string;
  displayName: string;
  onSent: () => void;
  onCancel: () => void;
}

/** Asks a person for contact: subject, outlet, an optional deadline and a message. */
export function ContactRequestFormFields({ handle, displayName, onSent, onCancel }: ContactRequestFormProps) {
  const { t } = useTranslation();
  const send = useSendContactRequest();
  const form = useZodForm(
    ContactRequestForm,
    { subject: '', outlet: '', deadline: '', message: '' },
    {
      id: `contact-${handle}`,
      codeFields: {
        contact_requests_paused: 'message',
        contact_request_pending: 'message',
        rate_limited: 'message',
      },
    },
  );

  return (
    <form
      className="form-stack contact-form"
      noValidate
      aria-label={t('messaging.request.formLabel', { name: displayName })}
      onSubmit={form.handleSubmit(async (request) => {
        await send.mutateAsync({ handle, request });
        onSent();
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <TextField {...form.field('subject')} label={t('messaging.request.subject')} required maxLength={120} />
      <TextField
        {...form.field('outlet')}
        label={t('messaging.request.outlet')}
        hint={t('messaging.request.outletHint')}
        required
        maxLength={120}
      />
      <TextField
        {...form.field('deadline')}
        type="date"
        label={t('messaging.request.deadline')}
        hint={t('messaging.request.deadlineHint')}
      />
      <TextAreaField
        {...form.field('message')}
        label={t('messaging.request.message')}
        hint={t('messaging.request.messageHint')}
        rows={5}
        required
        maxLength={2000}
      />
      <div className="cluster">
        <Button type="submit" loading={form.submitting}>
          {t('messaging.request.send')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
