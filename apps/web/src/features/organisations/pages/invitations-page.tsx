import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useAnswerInvitation } from '../api/answer-invitation';
import { myInvitationsQueryOptions } from '../api/get-my-invitations';
import '../components/organisations.css';

interface Answered {
  slug: string;
  name: string;
  answer: 'accept' | 'decline';
}

/** Invitations to join organisations; the invitation mail links here. */
export function InvitationsPage() {
  const { t } = useTranslation();
  const invitations = useQuery(myInvitationsQueryOptions());
  const answer = useAnswerInvitation();
  const [answered, setAnswered] = useState<Answered | null>(null);
  const pending = invitations.data?.items.filter((invitation) => invitation.status === 'pending') ?? [];

  return (
    <>
      <PageHeader title={t('myInvitations.title')} lead={t('myInvitations.lead')} />
      <div className="stack reading-width">
        {answered && (
          <Alert tone="success">
            {answered.answer === 'accept' ? (
              <p>
                {t('myInvitations.accepted', { name: answered.name })}{' '}
                <Link to={`/organisations/${answered.slug}`}>
                  {t('myInvitations.open', { name: answered.name })}
                </Link>
              </p>
            ) : (
              <p>{t('myInvitations.declined', { name: answered.name })}</p>
            )}
          </Alert>
        )}
        {answer.isError && <Alert tone="error">{errorMessage(t, answer.error)}</Alert>}
        {invitations.isPending && <LoadingState label={t('common.loading')} />}
        {invitations.isError && <Alert tone="error">{errorMessage(t, invitations.error)}</Alert>}
        {invitations.isSuccess && pending.length === 0 && (
          <EmptyState icon="mail" title={t('myInvitations.empty')} />
        )}
        {pending.length > 0 && (
          <ul className="invitation-list">
            {pending.map((invitation) => (
              <li key={invitation.id} className="invitation-card">
                <h2 className="invitation-card__title">
                  <Link to={`/organisations/${invitation.organisation.slug}`}>
                    {invitation.organisation.name}
                  </Link>
                </h2>
                <p>
                  {invitation.invitedBy
                    ? t('myInvitations.invitedBy', {
                        name: invitation.invitedBy.displayName,
                        role: t(`roles.${invitation.role}`),
                      })
                    : t('myInvitations.invitedAs', { role: t(`roles.${invitation.role}`) })}{' '}
                  <Badge>{formatDate(invitation.createdAt)}</Badge>
                </p>
                <p className="muted">{t(`roleDescriptions.${invitation.role}`)}</p>
                <div className="cluster">
                  <Button
                    loading={
                      answer.isPending &&
                      answer.variables?.id === invitation.id &&
                      answer.variables.answer === 'accept'
                    }
                    disabled={answer.isPending}
                    aria-label={t('myInvitations.acceptLabel', { name: invitation.organisation.name })}
                    onClick={() =>
                      answer.mutate(
                        { id: invitation.id, answer: 'accept' },
                        {
                          onSuccess: () => setAnswered({ ...invitation.organisation, answer: 'accept' }),
                        },
                      )
                    }
                  >
                    {t('myInvitations.accept')}
                  </Button>
                  <Button
                    variant="secondary"
                    loading={
                      answer.isPending &&
                      answer.variables?.id === invitation.id &&
                      answer.variables.answer === 'decline'
                    }
                    disabled={answer.isPending}
                    aria-label={t('myInvitations.declineLabel', { name: invitation.organisation.name })}
                    onClick={() =>
                      answer.mutate(
                        { id: invitation.id, answer: 'decline' },
                        { onSuccess: () => setAnswered({ ...invitation.organisation, answer: 'decline' }) },
                      )
                    }
                  >
                    {t('myInvitations.decline')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
