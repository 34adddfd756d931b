import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCreateProcess } from '../api/save-process';
import { ProcessForm } from '../components/process-form';
import '../components/processes.css';

/** An organisation's admin opens a consultation. */
export function NewProcessPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateProcess();
  return (
    <>
      <PageHeader title={t('processes.new.title')} lead={t('processes.new.lead')} />
      <ProcessForm
        organisation={params.get('organisation') ?? undefined}
        submitLabel={t('processes.new.submit')}
        saving={create.isPending}
        error={create.error}
        onSubmit={(request) =>
          create.mutate(request, { onSuccess: (process) => navigate(`/processes/${process.id}`) })
        }
      />
    </>
  );
}
