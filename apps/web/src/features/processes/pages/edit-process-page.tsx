import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { processQueryOptions } from '../api/get-process';
import { useUpdateProcess } from '../api/save-process';
import { ProcessForm } from '../components/process-form';
import '../components/processes.css';

/** The organiser changes a consultation: its text, phases and limits. */
export function EditProcessPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(processQueryOptions(id, true));
  const update = useUpdateProcess();

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  if (!query.data.canOrganise) return <Alert tone="error">{t('processes.edit.forbidden')}</Alert>;
  return (
    <>
      <PageHeader title={t('processes.edit.title')} lead={query.data.title} />
      <ProcessForm
        process={query.data}
        submitLabel={t('processes.edit.submit')}
        saving={update.isPending}
        error={update.error}
        onSubmit={({ organisation: _organisation, ...request }) =>
          update.mutate({ id, ...request }, { onSuccess: () => navigate(`/processes/${id}`) })
        }
      />
    </>
  );
}
