import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCreateOrganisation } from '../api/create-organisation';
import { OrganisationForm } from '../components/organisation-form';
import '../components/organisations.css';

export function NewOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  return (
    <>
      <PageHeader title={t('organisationForm.createTitle')} lead={t('organisationForm.createLead')} />
      <OrganisationForm
        submitLabel={t('organisationForm.create')}
        onSubmit={(request) => create.mutateAsync(request)}
        onSaved={(organisation) => void navigate(`/organisations/${organisation.slug}`)}
      />
    </>
  );
}
