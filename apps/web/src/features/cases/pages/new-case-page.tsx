import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useSubmitCase } from '../api/submit-case';
import { CaseForm, caseValues } from '../components/case-form';
import '../components/cases.css';

/** `/cases/new`: a member writes up a case for the moderators to publish. */
export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmitCase();
  return (
    <>
      <PageHeader title={t('cases.form.newTitle')} lead={t('cases.form.newLead')} />
      <CaseForm
        id="new-case"
        initial={caseValues()}
        submitLabel={t('cases.form.submit')}
        onSubmit={async (body) => {
          const created = await submit.mutateAsync(body);
          await navigate(`/cases/${created.id}`);
        }}
      />
    </>
  );
}
