import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreatePetition } from '../api/create-petition';
import { PetitionForm } from '../components/petition-form';
import '../components/petitions.css';

export function NewPetitionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePetition();
  useDocumentTitle(t('petitions.form.createTitle'));
  return (
    <>
      <PageHeader title={t('petitions.form.createTitle')} lead={t('petitions.form.createLead')} />
      <PetitionForm
        submitLabel={t('petitions.form.saveDraft')}
        onSubmit={(request) => create.mutateAsync(request)}
        onSaved={(petition) => void navigate(`/petitions/${petition.id}`)}
      />
    </>
  );
}
