import type { UpdateFundingCallRequest } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fundingCallQueryOptions } from '../api/get-funding-call';
import { useUpdateFundingCall } from '../api/update-funding-call';
import { FundingCallForm } from '../components/funding-call-form';
import '../components/funding.css';

export function EditFundingCallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const update = useUpdateFundingCall();
  const call = useQuery(fundingCallQueryOptions(id, true));
  useDocumentTitle(t('funding.form.editTitle'));

  if (call.isPending) return <LoadingState label={t('common.loading')} />;
  if (call.isError) return <Alert tone="error">{errorMessage(t, call.error)}</Alert>;
  if (!call.data.canEdit) return <Alert tone="error">{t('errors.codes.forbidden')}</Alert>;
  return (
    <>
      <PageHeader title={t('funding.form.editTitle')} lead={call.data.title} />
      <FundingCallForm
        call={call.data}
        organisations={[]}
        submitLabel={t('funding.form.saveChanges')}
        onSubmit={(body) => update.mutateAsync({ id, body: body as UpdateFundingCallRequest })}
        onSaved={(saved) => void navigate(`/funding/${saved.id}`)}
      />
    </>
  );
}
