import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { petitionQueryOptions } from '../api/get-petition';
import { useUpdatePetition } from '../api/update-petition';
import { PetitionForm } from '../components/petition-form';
import '../components/petitions.css';

export function EditPetitionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(petitionQueryOptions(id, true));
  const update = useUpdatePetition();
  useDocumentTitle(t('petitions.form.editTitle'));
  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  const petition = query.data;
  return (
    <>
      <PageHeader title={t('petitions.form.editTitle')} lead={petition.title} />
      {petition.canManage && petition.state === 'draft' ? (
        <PetitionForm
          petition={petition}
          submitLabel={t('petitions.form.save')}
          onSubmit={(request) => update.mutateAsync({ id, body: request })}
          onSaved={() => void navigate(`/petitions/${id}`)}
        />
      ) : (
        <Alert tone="warning">{t('errors.codes.petition_not_draft')}</Alert>
      )}
    </>
  );
}
