import { DeliverPetitionRequest, type Petition } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useContractForm } from '../../../lib/use-contract-form';
import { AddToCasesButton } from '../../cases/components/add-to-cases-button';
import { useAddPetitionCase } from '../api/add-petition-case';
import { useClosePetition } from '../api/close-petition';
import { useDeliverPetition } from '../api/deliver-petition';
import { useExportSignatures } from '../api/export-signatures';
import { useOpenPetition } from '../api/open-petition';

function ResponseForm({ petition }: { petition: Petition }) {
  const { t } = useTranslation();
  const deliver = useDeliverPetition();
  const form = useContractForm({
    id: 'petition-response',
    initial: { response: '' } as { response: string },
    schema: DeliverPetitionRequest,
    toRequest: (values: { response: string }) => values,
  });
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        await deliver.mutateAsync({ id: petition.id, body: data });
        form.markSaved({ response: '' });
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <TextAreaField
        id={form.fieldId('response')}
        name="response"
        label={t('petitions.manage.response')}
        hint={t('petitions.manage.responseHint')}
        value={form.values.response}
        error={form.error('response')}
        onChange={(change) => form.setValue('response', change.target.value)}
      />
      <div>
        <Button type="submit" loading={form.submitting}>
          {t('petitions.manage.deliver')}
        </Button>
      </div>
    </form>
  );
}

/**
 * For the petition's authors: edit and open the draft, close it, publish the response,
 * export, and add the finished petition to the case repository.
 */
export function ManagePanel({ petition }: { petition: Petition }) {
  const { t } = useTranslation();
  const open = useOpenPetition();
  const close = useClosePetition();
  const exportCsv = useExportSignatures();
  const addCase = useAddPetitionCase(petition.id);
  const [confirming, setConfirming] = useState<'open' | 'close' | null>(null);
  const move = confirming === 'open' ? open : close;
  const failed = [open, close, exportCsv].find((mutation) => mutation.isError);
  return (
    <Card title={t('petitions.manage.title')}>
      <div className="stack-s">
        {failed && <Alert tone="error">{errorMessage(t, failed.error)}</Alert>}
        <div className="petition-page__actions">
          {petition.state === 'draft' && (
            <>
              <ButtonLink to={`/petitions/${petition.id}/edit`} variant="secondary">
                {t('petitions.manage.edit')}
              </ButtonLink>
              <Button onClick={() => setConfirming('open')}>{t('petitions.manage.open')}</Button>
            </>
          )}
          {petition.state === 'open' && (
            <Button variant="danger" onClick={() => setConfirming('close')}>
              {t('petitions.manage.close')}
            </Button>
          )}
        </div>
        {petition.state === 'closed' && <ResponseForm petition={petition} />}
        {(petition.state === 'closed' || petition.state === 'delivered') && (
          <AddToCasesButton add={addCase} />
        )}
        {petition.state !== 'draft' && (
          <div>
            <Button
              variant="secondary"
              loading={exportCsv.isPending}
              onClick={() => exportCsv.mutate(petition.id)}
            >
              {t('petitions.manage.export')}
            </Button>
            <p className="field__hint">{t('petitions.manage.exportHint')}</p>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'open' ? t('petitions.manage.openTitle') : t('petitions.manage.closeTitle')}
        confirmLabel={confirming === 'open' ? t('petitions.manage.open') : t('petitions.manage.close')}
        cancelLabel={t('petitions.manage.keep')}
        tone={confirming === 'close' ? 'danger' : 'primary'}
        busy={move.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => move.mutate(petition.id, { onSettled: () => setConfirming(null) })}
      >
        <p>{confirming === 'open' ? t('petitions.manage.openBody') : t('petitions.manage.closeBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}
