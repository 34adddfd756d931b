import type { CreateFundingCallRequest } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateFundingCall } from '../api/create-funding-call';
import { fundingOrganisationsQueryOptions } from '../api/get-funding-organisations';
import { FundingCallForm } from '../components/funding-call-form';
import '../components/funding.css';

export function NewFundingCallPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateFundingCall();
  const organisations = useInfiniteQuery(fundingOrganisationsQueryOptions());
  useDocumentTitle(t('funding.form.createTitle'));
  const mine = organisations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('funding.form.createTitle')} lead={t('funding.form.createLead')} />
      {organisations.isPending && <LoadingState label={t('common.loading')} />}
      {organisations.isError && <Alert tone="error">{errorMessage(t, organisations.error)}</Alert>}
      {organisations.isSuccess && mine.length === 0 && (
        <EmptyState icon="funding" title={t('funding.form.noOrganisation')}>
          <ButtonLink to="/organisations/new" variant="secondary">
            {t('funding.form.createOrganisation')}
          </ButtonLink>
        </EmptyState>
      )}
      {mine.length > 0 && (
        <FundingCallForm
          organisations={mine}
          submitLabel={t('funding.form.create')}
          onSubmit={(request) => create.mutateAsync(request as CreateFundingCallRequest)}
          onSaved={(call) => void navigate(`/funding/${call.id}`)}
        />
      )}
    </>
  );
}
