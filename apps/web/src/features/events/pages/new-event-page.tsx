import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { publishingOrganisationsQueryOptions } from '../../../components/publish-as/get-publishing-organisations';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateEvent } from '../api/create-event';
import { EventForm } from '../components/event-form';
import '../components/events.css';

export function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateEvent();
  const organisers = useQuery(publishingOrganisationsQueryOptions);
  useDocumentTitle(t('events.form.createTitle'));
  // An organisation named in the address is chosen only if the person may organise as it,
  // so the form waits for that list only then.
  const wanted = params.get('organisation');
  const organisation = wanted && organisers.data?.items.some((item) => item.slug === wanted) ? wanted : '';
  return (
    <>
      <PageHeader title={t('events.form.createTitle')} lead={t('events.form.createLead')} />
      {wanted && organisers.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <EventForm
          organisation={organisation}
          submitLabel={t('events.form.publish')}
          onSubmit={(request) => create.mutateAsync(request)}
          onSaved={(event) => void navigate(`/events/${event.id}`)}
        />
      )}
    </>
  );
}
