import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { TextField } from '../../../components/ui/text-field';

interface ActionDialogProps {
  /** The button that opens the dialog. */
  label: string;
  title: string;
  body: string;
  /** Hiding and suspending need a reason of at least three characters. */
  reasonRequired: boolean;
  busy: boolean;
  variant?: ButtonVariant;
  onConfirm: (reason: string) => void;
}

/** A moderator's action behind a button, confirmed in a dialog with the reason for the audit log. */
export function ActionDialog({
  label,
  title,
  body,
  reasonRequired,
  busy,
  variant = 'secondary',
  onConfirm,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <>
      <Button variant={variant} size="small" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        tone={variant === 'danger' ? 'danger' : 'primary'}
        title={title}
        confirmLabel={label}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          if (reasonRequired && reason.trim().length < 3) {
            setMissing(true);
            return;
          }
          onConfirm(reason.trim());
          setOpen(false);
          setReason('');
          setMissing(false);
        }}
      >
        <div className="stack-s">
          <p>{body}</p>
          <TextField
            id={`${id}-reason`}
            name="reason"
            label={t('moderation.queue.reasonLabel')}
            hint={t('moderation.queue.reasonHint')}
            error={missing ? t('validation.tooShort', { count: 3 }) : undefined}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </>
  );
}
