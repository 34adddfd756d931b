import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { organisationInvitationsQueryOptions } from '../api/get-organisation-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

export function PendingInvitations({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const invitations = useQuery(organisationInvitationsQueryOptions(slug));
  const revoke = useRevokeInvitation(slug);
  const pending = invitations.data?.items.filter((invitation) => invitation.status === 'pending') ?? [];

  if (invitations.isPending) return <LoadingState label={t('common.loading')} />;
  if (invitations.isError) return <Alert tone="error">{errorMessage(t, invitations.error)}</Alert>;
  return (
    <div className="stack-s">
      {revoke.isError && <Alert tone="error">{errorMessage(t, revoke.error)}</Alert>}
      {pending.length === 0 ? (
        <p className="muted">{t('invitations.nonePending')}</p>
      ) : (
        <ul className="member-list">
          {pending.map((invitation) => {
            const who = invitation.handle
              ? `@${invitation.handle}`
              : (invitation.email ?? t('invitations.privatePerson'));
            return (
              <li key={invitation.id} className="member-list__item member-list__item--plain">
                <div className="member-list__body">
                  <span className="member-list__name">{who}</span>
                  <p className="member-list__headline muted">
                    {t('invitations.invitedOn', { date: formatDate(invitation.createdAt) })}
                  </p>
                </div>
                <div className="member-list__actions">
                  <Badge>{t(`roles.${invitation.role}`)}</Badge>
                  <Button
                    variant="quiet"
                    size="small"
                    aria-label={t('invitations.revokeLabel', { who })}
                    loading={revoke.isPending && revoke.variables === invitation.id}
                    onClick={() => revoke.mutate(invitation.id)}
                  >
                    {t('invitations.revoke')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
