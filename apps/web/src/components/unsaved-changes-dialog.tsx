import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../lib/use-unsaved-changes';
import { ConfirmDialog } from './ui/dialog';

/**
 * Asks before leaving a form with unsaved changes for another page of the app; the browser asks
 * on reload or close.
 */
export function UnsavedChangesDialog({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useUnsavedChanges(dirty);
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      tone="danger"
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.leave')}
      cancelLabel={t('unsaved.stay')}
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      <p>{t('unsaved.body')}</p>
    </ConfirmDialog>
  );
}
