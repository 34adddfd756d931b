import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { caseQueryOptions } from '../api/get-case';
import { useUpdateCase } from '../api/update-case';
import { CaseForm, caseValues } from '../components/case-form';
import '../components/cases.css';

/** `/cases/:id/edit`: the submitter edits a case while it waits or after it was returned. */
export function EditCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(caseQueryOptions(id, true));
  const update = useUpdateCase();

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  if (!query.data.canEdit) return <Alert tone="error">{t('errors.codes.case_not_editable')}</Alert>;
  return (
    <>
      <PageHeader title={t('cases.form.editTitle')} lead={t('cases.form.editLead')} />
      {query.data.reviewNote && query.data.status === 'returned' && (
        <Alert tone="warning">{t('cases.reviewNote', { note: query.data.reviewNote })}</Alert>
      )}
      <CaseForm
        id="edit-case"
        initial={caseValues(query.data)}
        submitLabel={t('cases.form.save')}
        onSubmit={async (body) => {
          await update.mutateAsync({ id, body });
          await navigate(`/cases/${id}`);
        }}
      />
    </>
  );
}
