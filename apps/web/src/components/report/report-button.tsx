import { type ReportObjectType, ReportReason } from '@open-spaces/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';
import { errorMessage } from '../../lib/messages';
import { useSession } from '../../lib/session';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/dialog';
import { Icon } from '../ui/icon';
import { RadioGroup } from '../ui/radio-group';
import { TextAreaField } from '../ui/text-area-field';
import { useCreateReport } from './use-report';

interface ReportButtonProps {
  objectType: ReportObjectType;
  objectId: string;
  /** What is reported, read out on the button, e.g. "Report this tool". */
  label: string;
}

/**
 * "Report" for anything people can report: a dialog with the reason and an optional
 * note, then a confirmation in place of the button. Shown to signed-in people only. The
 * reported never learn who reported them.
 */
export function ReportButton({ objectType, objectId, label }: ReportButtonProps) {
  const { t } = useTranslation();
  const session = useSession();
  const id = useId();
  const report = useCreateReport();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason>('spam');
  const [note, setNote] = useState('');

  if (session.status !== 'signedIn') return null;
  const alreadyReported = isApiError(report.error) && report.error.code === 'already_reported';
  if (report.isSuccess || alreadyReported) {
    return (
      <p role="status" className="report-button__done">
        {alreadyReported ? t('moderation.report.already') : t('moderation.report.thanks')}
      </p>
    );
  }

  return (
    <div className="report-button">
      <Button
        variant="quiet"
        size="small"
        onClick={() => {
          report.reset();
          setOpen(true);
        }}
      >
        <Icon name="flag" size={16} />
        <span>{label}</span>
      </Button>
      {report.isError && <Alert tone="error">{errorMessage(t, report.error)}</Alert>}
      <ConfirmDialog
        open={open}
        title={label}
        confirmLabel={t('moderation.report.submit')}
        cancelLabel={t('common.cancel')}
        busy={report.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          report.mutate(
            { objectType, objectId, reason, note: note.trim() },
            { onSettled: () => setOpen(false) },
          )
        }
      >
        <div className="stack-s">
          <p>{t('moderation.report.intro')}</p>
          <RadioGroup
            id={`${id}-reason`}
            name={`${id}-reason`}
            legend={t('moderation.report.reason')}
            options={ReportReason.options.map((value) => ({
              value,
              label: t(`moderation.reasons.${value}`),
            }))}
            value={reason}
            onChange={setReason}
          />
          <TextAreaField
            id={`${id}-note`}
            label={t('moderation.report.note')}
            hint={t('moderation.report.noteHint')}
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </div>
  );
}
