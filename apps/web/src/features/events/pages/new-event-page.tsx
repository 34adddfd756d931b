import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateEvent } from '../api/create-event';
import { EventForm } from '../components/event-form';
import '../components/events.css';

export function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateEvent();
  useDocumentTitle(t('events.form.createTitle'));
  return (
    <>
      <PageHeader title={t('events.form.createTitle')} lead={t('events.form.createLead')} />
      <EventForm
        organisation={params.get('organisation') ?? ''}
        submitLabel={t('events.form.publish')}
        onSubmit={(request) => create.mutateAsync(request)}
        onSaved={(event) => void navigate(`/events/${event.id}`)}
      />
    </>
  );
}
