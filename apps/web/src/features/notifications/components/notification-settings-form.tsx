import {
  type DigestFrequency,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferences,
  UpdateNotificationPreferences,
} from '@open-spaces/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { dateLocale } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences';
import { deviceTimeZone, timeZoneOptions } from './time-zones';

/** The kinds of notification, grouped as the settings page shows them. */
export const KIND_GROUPS = [
  { id: 'people', kinds: ['new_follower', 'organisation_invitation', 'member_joined'] },
  { id: 'content', kinds: ['post_comment', 'comment_reply', 'idea_answered'] },
  { id: 'events', kinds: ['event_changed', 'event_cancelled', 'waitlist_promoted'] },
  { id: 'funding', kinds: ['call_deadline', 'partner_interest', 'partner_interest_answered'] },
  { id: 'moderation', kinds: ['report_outcome', 'moderation_action', 'case_published', 'case_returned'] },
  { id: 'petitions', kinds: ['petition_milestone'] },
  { id: 'messages', kinds: ['contact_request', 'contact_request_accepted', 'message'] },
  { id: 'participation', kinds: ['budget_results'] },
] as const satisfies readonly { id: string; kinds: readonly NotificationKind[] }[];

const CHANNELS = ['app', 'email', 'digest', 'off'] as const satisfies readonly NotificationChannel[];
const FREQUENCIES = ['daily', 'weekly', 'off'] as const satisfies readonly DigestFrequency[];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

type SettingsValues = {
  channels: Record<NotificationKind, NotificationChannel>;
  frequency: DigestFrequency;
  hour: string;
  timeZone: string;
};

const toValues = (preferences: NotificationPreferences): SettingsValues => ({
  channels: preferences.channels,
  frequency: preferences.digest.frequency,
  hour: String(preferences.digest.hour),
  timeZone: preferences.digest.timeZone,
});

const toRequest = (values: SettingsValues) => ({
  channels: values.channels,
  digest: { frequency: values.frequency, hour: Number(values.hour), timeZone: values.timeZone },
});

/** The hours of the day as the reader's language writes them: "08:00", "8:00 AM". */
function hourOptions(language: string): { value: string; label: string }[] {
  const format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return HOURS.map((hour) => ({ value: String(hour), label: format.format(Date.UTC(2026, 0, 5, hour)) }));
}

/**
 * How each kind of notification reaches the person (a channel per kind), and their digest:
 * how often, at what hour, in which time zone. Saved together; warns before leaving unsaved
 * changes.
 */
export function NotificationSettingsForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateNotificationPreferences();
  const [saved, setSaved] = useState(false);
  const form = useContractForm({
    id: 'notification-settings',
    initial: toValues(preferences),
    schema: UpdateNotificationPreferences,
    toRequest,
    fieldAliases: { 'digest.frequency': 'frequency', 'digest.hour': 'hour', 'digest.timeZone': 'timeZone' },
  });
  const { values } = form;
  const setValue = <K extends keyof SettingsValues & string>(name: K, value: SettingsValues[K]) => {
    setSaved(false);
    form.setValue(name, value);
  };
  const device = deviceTimeZone();
  const savedZone = preferences.digest.timeZone;
  const zones = useMemo(() => timeZoneOptions(savedZone, device), [savedZone, device]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels follow the reader's language
  const hours = useMemo(() => hourOptions(dateLocale()), [i18n.language]);
  const digestUnused =
    values.frequency === 'off' && Object.values(values.channels).some((channel) => channel === 'digest');

  return (
    <form
      className="settings-layout"
      noValidate
      onSubmit={form.handleSubmit(async (request) => {
        setSaved(false);
        const next = await update.mutateAsync(request);
        form.markSaved(toValues(next));
        setSaved(true);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Card title={t('notifications.settings.channelsTitle')}>
        <p>{t('notifications.settings.channelsLead')}</p>
        <dl className="channel-legend">
          {CHANNELS.map((channel) => (
            <div key={channel}>
              <dt>{t(`notifications.settings.channels.${channel}`)}</dt>
              <dd>{t(`notifications.settings.channelHints.${channel}`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {KIND_GROUPS.map((group) => (
        <Card key={group.id} title={t(`notifications.settings.groups.${group.id}`)}>
          <div className="channel-kinds">
            {group.kinds.map((kind) => (
              <RadioGroup
                key={kind}
                id={form.fieldId(`channels.${kind}`)}
                name={`channel-${kind}`}
                className="radio-group--inline"
                legend={t(`notifications.settings.kinds.${kind}`)}
                hint={t(`notifications.settings.kindHints.${kind}`)}
                error={form.error(`channels.${kind}`)}
                value={values.channels[kind]}
                onChange={(channel) => setValue('channels', { ...values.channels, [kind]: channel })}
                options={CHANNELS.map((channel) => ({
                  value: channel,
                  label: t(`notifications.settings.channels.${channel}`),
                }))}
              />
            ))}
          </div>
        </Card>
      ))}
      <Card
        title={t('notifications.settings.digestTitle')}
        description={t('notifications.settings.digestLead')}
      >
        <div className="form-stack">
          <RadioGroup
            id={form.fieldId('frequency')}
            name="digest-frequency"
            className="radio-group--inline"
            legend={t('notifications.settings.frequency')}
            error={form.error('frequency')}
            value={values.frequency}
            onChange={(frequency) => setValue('frequency', frequency)}
            options={FREQUENCIES.map((frequency) => ({
              value: frequency,
              label: t(`notifications.settings.frequencies.${frequency}`),
            }))}
          />
          {digestUnused && <Alert tone="info">{t('notifications.settings.digestOff')}</Alert>}
          <SelectField
            id={form.fieldId('hour')}
            label={t('notifications.settings.hour')}
            options={hours}
            value={values.hour}
            error={form.error('hour')}
            onChange={(event) => setValue('hour', event.target.value)}
          />
          <div className="stack-s">
            <SelectField
              id={form.fieldId('timeZone')}
              label={t('notifications.settings.timeZone')}
              hint={t('notifications.settings.timeZoneHint')}
              options={zones}
              value={values.timeZone}
              error={form.error('timeZone')}
              onChange={(event) => setValue('timeZone', event.target.value)}
            />
            {device && device !== values.timeZone && (
              <div>
                <Button variant="quiet" size="small" onClick={() => setValue('timeZone', device)}>
                  {t('notifications.settings.useDeviceZone', { zone: device.replaceAll('_', ' ') })}
                </Button>
              </div>
            )}
          </div>
        </div>
      </Card>
      {saved && <Alert tone="success">{t('notifications.settings.saved')}</Alert>}
      <div className="form-actions">
        <Button type="submit" loading={form.submitting}>
          {t('notifications.settings.save')}
        </Button>
        {form.dirty && <span className="muted">{t('notifications.settings.unsaved')}</span>}
      </div>
      <UnsavedChangesDialog dirty={form.dirty && !form.submitting} />
    </form>
  );
}
