import type { ContactRequest } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { useAnswerContactRequest } from '../api/answer-contact-request';

interface ContactRequestItemProps {
  request: ContactRequest;
  answer: ReturnType<typeof useAnswerContactRequest>;
}

const tones = { pending: 'warning', accepted: 'success', declined: 'neutral' } as const;

/** One request: who, about what, for which outlet, by when, the message, and its answer. */
export function ContactRequestItem({ request, answer }: ContactRequestItemProps) {
  const { t } = useTranslation();
  const busy = (kind: 'accept' | 'decline') =>
    answer.isPending && answer.variables?.id === request.id && answer.variables.answer === kind;
  const who = request.person.displayName;

  return (
    <li className="contact-request">
      <div className="contact-request__head">
        <h2 className="contact-request__subject">{request.subject}</h2>
        <Badge tone={tones[request.status]}>{t(`messaging.requests.status.${request.status}`)}</Badge>
      </div>
      <p>
        {request.sent ? t('messaging.requests.to') : t('messaging.requests.from')}{' '}
        <Link to={`/people/${request.person.handle}`}>{who}</Link>
        {' · '}
        {request.outlet}
      </p>
      <p className="muted">
        {t('messaging.requests.sentAt', { date: formatDateTime(request.createdAt) })}
        {request.deadline && ` · ${t('messaging.requests.deadline', { date: formatDate(request.deadline) })}`}
      </p>
      <p className="contact-request__message">{request.message}</p>
      <div className="cluster">
        {!request.sent && request.status === 'pending' && (
          <>
            <Button
              loading={busy('accept')}
              disabled={answer.isPending}
              aria-label={t('messaging.requests.acceptLabel', { name: who })}
              onClick={() => answer.mutate({ id: request.id, answer: 'accept' })}
            >
              {t('messaging.requests.accept')}
            </Button>
            <Button
              variant="secondary"
              loading={busy('decline')}
              disabled={answer.isPending}
              aria-label={t('messaging.requests.declineLabel', { name: who })}
              onClick={() => answer.mutate({ id: request.id, answer: 'decline' })}
            >
              {t('messaging.requests.decline')}
            </Button>
          </>
        )}
        {request.conversationId && (
          <ButtonLink to={`/messages/${request.conversationId}`} variant="secondary" size="small">
            {t('messaging.requests.openConversation', { name: who })}
          </ButtonLink>
        )}
      </div>
    </li>
  );
}
