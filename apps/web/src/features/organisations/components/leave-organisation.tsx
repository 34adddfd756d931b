import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { errorMessage } from '../../../lib/messages';
import { useLeaveOrganisation } from '../api/leave-organisation';
import { memberErrorMessage } from './member-list';

export function LeaveOrganisation({
  slug,
  name,
  onLeft,
}: {
  slug: string;
  name: string;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const leave = useLeaveOrganisation();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="stack-s">
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('members.leave')}
        </Button>
      </div>
      {leave.isError && (
        <Alert tone="error">{memberErrorMessage(t, leave.error) ?? errorMessage(t, leave.error)}</Alert>
      )}
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
