import {
  CreateEventRequest,
  type Event,
  EventAudience,
  EventFormat,
  UpdateEventRequest,
} from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { FixedAuthorField } from '../../../components/publish-as/fixed-author-field';
import { PublishAsField } from '../../../components/publish-as/publish-as-field';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';
import { viewerTimeZone } from './event-time';

interface VenueValues {
  name: string;
  address: string;
  city: string;
  country: string;
}

export interface EventFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  timeZone: string;
  start: string;
  end: string;
  registrationDeadline: string;
  format: EventFormat;
  venue: VenueValues;
  onlineUrl: string;
  topics: string[];
  language: string;
  capacity: string;
  audience: EventAudience;
  /** The organisation's slug, or '' to organise as oneself. */
  organisation: string;
}

const emptyValues = (organisation: string): EventFormValues => ({
  title: '',
  description: '',
  timeZone: viewerTimeZone(),
  start: '',
  end: '',
  registrationDeadline: '',
  format: 'in_person',
  venue: { name: '', address: '', city: '', country: '' },
  onlineUrl: '',
  topics: [],
  language: '',
  capacity: '',
  audience: 'public',
  organisation,
});

const valuesOf = (event: Event): EventFormValues => ({
  title: event.title,
  description: event.description,
  timeZone: event.start.timeZone,
  start: event.start.local,
  end: event.end.local,
  registrationDeadline: event.registrationDeadline?.local ?? '',
  format: event.format,
  venue: event.venue ?? { name: '', address: '', city: '', country: '' },
  onlineUrl: event.onlineUrl ?? '',
  topics: event.topics,
  language: event.language,
  capacity: event.capacity === null ? '' : String(event.capacity),
  audience: event.audience,
  organisation: event.author.organisation?.slug ?? '',
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The request the contract describes; a new event may name the organisation it is published as. */
export const toEventRequest = (values: EventFormValues, creating: boolean) => ({
  title: values.title,
  description: values.description,
  timeZone: values.timeZone,
  start: values.start,
  end: values.end,
  registrationDeadline: orNull(values.registrationDeadline),
  format: values.format,
  venue: values.format === 'online' ? null : values.venue,
  onlineUrl: values.format === 'in_person' ? null : orNull(values.onlineUrl),
  topics: values.topics,
  language: values.language,
  capacity: values.capacity.trim() === '' ? null : Number(values.capacity),
  audience: values.audience,
  ...(creating && { organisation: orNull(values.organisation) }),
});

const timeZones = (): string[] => Intl.supportedValuesOf('timeZone');

interface EventFormProps {
  event?: Event;
  /** For a new event: the organisation to organise it as, one the person may choose. */
  organisation?: string;
  submitLabel: string;
  onSubmit: (request: CreateEventRequest) => Promise<Event>;
  onSaved: (event: Event) => void;
}

/** Publishes an event, or edits one when given. */
export function EventForm({ event, organisation = '', submitLabel, onSubmit, onSaved }: EventFormProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const creating = !event;
  const form = useContractForm({
    id: 'event',
    initial: event ? valuesOf(event) : emptyValues(organisation),
    schema: creating ? CreateEventRequest : UpdateEventRequest,
    toRequest: (values: EventFormValues) => toEventRequest(values, creating),
  });
  const { values, setValue } = form;
  const text = <K extends 'title' | 'start' | 'end' | 'registrationDeadline' | 'onlineUrl' | 'capacity'>(
    name: K,
  ) => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    onChange: (change: { target: { value: string } }) => setValue(name, change.target.value),
  });
  const venue = (part: keyof VenueValues) => ({
    id: form.fieldId(`venue.${part}`),
    name: `venue-${part}`,
    value: values.venue[part],
    error: form.error(`venue.${part}`) ?? (part === 'name' ? form.error('venue') : undefined),
    onChange: (change: { target: { value: string } }) =>
      setValue('venue', { ...values.venue, [part]: change.target.value }),
  });

  return (
    <form
      className="event-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        const saved = await onSubmit(data as CreateEventRequest);
        form.markSaved(valuesOf(saved));
        onSaved(saved);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Card title={t('events.form.basics')}>
        <div className="form-stack">
          <TextField {...text('title')} label={t('events.form.title')} required />
          <TextAreaField
            id={form.fieldId('description')}
            name="description"
            label={t('events.form.description')}
            hint={t('events.form.descriptionHint')}
            value={values.description}
            error={form.error('description')}
            onChange={(change) => setValue('description', change.target.value)}
          />
          {event ? (
            <FixedAuthorField
              id={form.fieldId('organisation')}
              label={t('events.form.organiseAs')}
              hint={t('events.form.organiserFixed')}
              selfLabel={t('events.form.asYourself')}
              author={event.author}
              value={values.organisation}
            />
          ) : (
            <PublishAsField
              id={form.fieldId('organisation')}
              label={t('events.form.organiseAs')}
              selfLabel={t('events.form.asYourself')}
              noneHint={t('events.form.organiseAsNone')}
              value={values.organisation}
              error={form.error('organisation')}
              onChange={(organisation) => {
                setValue('organisation', organisation);
                if (organisation === '' && values.audience === 'organisation') setValue('audience', 'public');
              }}
            />
          )}
        </div>
      </Card>
      <Card title={t('events.form.when')}>
        <div className="form-stack">
          <SelectField
            id={form.fieldId('timeZone')}
            label={t('events.form.timeZone')}
            hint={t('events.form.timeZoneHint')}
            options={timeZones().map((zone) => ({ value: zone, label: zone }))}
            value={values.timeZone}
            error={form.error('timeZone')}
            onChange={(change) => setValue('timeZone', change.target.value)}
          />
          <TextField {...text('start')} type="datetime-local" label={t('events.form.start')} required />
          <TextField {...text('end')} type="datetime-local" label={t('events.form.end')} required />
          <TextField
            {...text('registrationDeadline')}
            type="datetime-local"
            label={t('events.form.deadline')}
          />
        </div>
      </Card>
      <Card title={t('events.form.where')}>
        <div className="form-stack">
          <RadioGroup
            id={form.fieldId('format')}
            name="event-format"
            legend={t('events.form.format')}
            value={values.format}
            onChange={(format) => setValue('format', format)}
            options={EventFormat.options.map((format) => ({
              value: format,
              label: t(`events.formats.${format}`),
            }))}
          />
          {values.format !== 'online' && (
            <>
              <TextField {...venue('name')} label={t('events.form.venueName')} required />
              <TextField {...venue('address')} label={t('events.form.venueAddress')} required />
              <TextField {...venue('city')} label={t('events.form.venueCity')} required />
              <SelectField
                {...venue('country')}
                label={t('events.form.venueCountry')}
                emptyLabel={t('events.form.choose')}
                options={taxonomy.countryOptions()}
                required
              />
            </>
          )}
          {values.format !== 'in_person' && (
            <TextField
              {...text('onlineUrl')}
              type="url"
              placeholder="https://"
              label={t('events.form.onlineUrl')}
              hint={t('events.form.onlineUrlHint')}
              required
            />
          )}
        </div>
      </Card>
      <Card title={t('events.form.details')}>
        <div className="form-stack">
          <ChipPicker
            id={form.fieldId('topics')}
            legend={t('events.form.topics')}
            error={form.error('topics')}
            options={taxonomy.options('topics', values.topics)}
            selected={values.topics}
            onChange={(topics) => setValue('topics', topics)}
            max={8}
          />
          <SelectField
            id={form.fieldId('language')}
            label={t('events.form.language')}
            emptyLabel={t('events.form.choose')}
            options={taxonomy.options('languages')}
            value={values.language}
            error={form.error('language')}
            required
            onChange={(change) => setValue('language', change.target.value)}
          />
          <TextField
            {...text('capacity')}
            inputMode="numeric"
            label={t('events.form.capacity')}
            hint={t('events.form.capacityHint')}
          />
          <RadioGroup
            id={form.fieldId('audience')}
            name="event-audience"
            legend={t('events.form.audience')}
            value={values.audience}
            onChange={(audience) => setValue('audience', audience)}
            options={EventAudience.options
              .filter((audience) => audience !== 'organisation' || values.organisation !== '')
              .map((audience) => ({ value: audience, label: t(`events.form.audiences.${audience}`) }))}
          />
        </div>
      </Card>
      <div className="form-actions">
        <Button type="submit" loading={form.submitting}>
          {submitLabel}
        </Button>
      </div>
      <UnsavedChangesDialog dirty={form.dirty && !form.submitting} />
    </form>
  );
}
