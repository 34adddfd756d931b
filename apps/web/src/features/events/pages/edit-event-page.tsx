import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { eventQueryOptions } from '../api/get-event';
import { useUpdateEvent } from '../api/update-event';
import { EventForm } from '../components/event-form';
import '../components/events.css';

export function EditEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(eventQueryOptions(id, true));
  const update = useUpdateEvent();
  useDocumentTitle(t('events.form.editTitle'));

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  if (!query.data.canManage) return <Alert tone="error">{t('errors.codes.forbidden')}</Alert>;
  return (
    <>
      <PageHeader title={t('events.form.editTitle')} lead={query.data.title} />
      <EventForm
        event={query.data}
        submitLabel={t('events.form.save')}
        onSubmit={({ organisation: _organisation, ...body }) => update.mutateAsync({ id, body })}
        onSaved={(event) => void navigate(`/events/${event.id}`)}
      />
    </>
  );
}
