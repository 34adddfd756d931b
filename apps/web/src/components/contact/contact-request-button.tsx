import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../lib/session';
import { Button } from '../ui/button';
import { ContactRequestFormFields } from './contact-request-form';

interface ContactRequestButtonProps {
  handle: string;
  displayName: string;
  /** Whether the person takes contact requests now. */
  accepts: boolean;
}

/**
 * "Request contact" for a person who takes requests: a button that opens the request form
 * below it, and says when the request is sent. Visitors are asked to sign in, unconfirmed
 * accounts to confirm their address; a person who paused requests says so.
 */
export function ContactRequestButton({ handle, displayName, accepts }: ContactRequestButtonProps) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const formId = useId();

  if (sent) {
    return (
      <p role="status" className="contact-request-button__sent">
        {t('messaging.request.sent', { name: displayName })}
      </p>
    );
  }
  if (!accepts) return <p className="muted">{t('messaging.experts.paused')}</p>;
  if (session.status === 'loading') return null;
  if (session.status === 'signedOut') {
    return (
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`}>
          {t('messaging.experts.signInToRequest')}
        </Link>
      </p>
    );
  }
  if (!session.user.emailVerified) return <p className="muted">{t('messaging.experts.confirmToRequest')}</p>;
  if (!open) {
    return (
      <div>
        <Button
          variant="secondary"
          size="small"
          aria-expanded={false}
          aria-controls={formId}
          aria-label={t('messaging.experts.requestContactLabel', { name: displayName })}
          onClick={() => setOpen(true)}
        >
          {t('messaging.experts.requestContact')}
        </Button>
      </div>
    );
  }
  return (
    <div id={formId}>
      <ContactRequestFormFields
        handle={handle}
        displayName={displayName}
        onSent={() => {
          setOpen(false);
          setSent(true);
        }}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
