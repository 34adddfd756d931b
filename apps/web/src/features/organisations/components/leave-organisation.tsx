import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useLeaveOrganisation } from '../api/leave-organisation';

/**
 * "Leave organisation", confirmed in a dialog. The last owner is refused (409 last_owner);
 * they are told why and, when `manageHref` is given, where to make someone else owner.
 */
export function LeaveOrganisation({
  slug,
  name,
  onLeft,
  manageHref,
}: {
  slug: string;
  name: string;
  onLeft: () => void;
  manageHref?: string;
}) {
  const { t } = useTranslation();
  const leave = useLeaveOrganisation();
  const [confirming, setConfirming] = useState(false);
  const lastOwner = isApiError(leave.error) && leave.error.code === 'last_owner';
  return (
    <div className="stack-s">
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            leave.reset();
            setConfirming(true);
          }}
        >
          {t('members.leave')}
        </Button>
      </div>
      {leave.isError &&
        (lastOwner ? (
          <Alert tone="warning" title={t('members.lastOwnerTitle')}>
            <p>{t('members.lastOwner')}</p>
            {manageHref && (
              <p>
                <Link to={manageHref}>{t('members.lastOwnerManage')}</Link>
              </p>
            )}
          </Alert>
        ) : (
          <Alert tone="error">{errorMessage(t, leave.error)}</Alert>
        ))}
      <ConfirmDialog
        open={confirming}
        tone="danger"
        title={t('members.leaveTitle', { name })}
        confirmLabel={t('members.leave')}
        cancelLabel={t('common.cancel')}
        busy={leave.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          leave.mutate(slug, {
            onSuccess: () => {
              setConfirming(false);
              onLeft();
            },
            onError: () => setConfirming(false),
          })
        }
      >
        <p>{t('members.leaveBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
