import { type MyProfile, UpdateProfileRequest } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { LinkRowsField } from '../../../components/ui/link-rows-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdateMyProfile } from '../api/update-my-profile';
import { profileFormValues, toProfileRequest } from './profile-form-values';
import { VisibilityField } from './visibility-field';

const MAX_LINKS = 6;

/** Every field of the profile, validated live with the contract; warns before leaving unsaved changes. */
export function ProfileForm({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const update = useUpdateMyProfile();
  const [saved, setSaved] = useState(false);
  const form = useContractForm({
    id: 'profile',
    initial: profileFormValues(profile),
    schema: UpdateProfileRequest,
    toRequest: toProfileRequest,
    codeFields: { handle_taken: 'handle' },
  });
  const { values, setValue } = form;

  const chips = (name: 'topics' | 'offers' | 'needs' | 'languages' | 'pressTopics' | 'pressLanguages') => {
    const kind =
      name === 'topics' || name === 'pressTopics'
        ? 'topics'
        : name.includes('anguages')
          ? 'languages'
          : 'support';
    return {
      id: form.fieldId(name),
      error: form.error(name),
      options: taxonomy.options(kind, values[name]),
      selected: values[name],
      onChange: (next: string[]) => {
        setSaved(false);
        setValue(name, next);
      },
      max: 12,
      searchable: kind === 'languages',
      collapsible: kind === 'languages',
    };
  };

  const text = <K extends 'handle' | 'displayName' | 'headline' | 'city'>(name: K) => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
    onChange: (event: { target: { value: string } }) => {
      setSaved(false);
      setValue(name, event.target.value);
    },
  });

  return (
    <form
      className="profile-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        setSaved(false);
        const next = await update.mutateAsync(data);
        form.markSaved(profileFormValues(next));
        setSaved(true);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      {saved && <Alert tone="success">{t('profileForm.saved')}</Alert>}
      <Card title={t('profileForm.basics')}>
        <div className="form-stack">
          <TextField
            {...text('displayName')}
            label={t('profileForm.displayName')}
            autoComplete="name"
            required
          />
          <TextField
            {...text('handle')}
            label={t('profileForm.handle')}
            hint={t('profileForm.handleHint')}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required
          />
          <TextField
            {...text('headline')}
            label={t('profileForm.headline')}
            hint={t('profileForm.headlineHint')}
          />
          <TextAreaField
            id={form.fieldId('bio')}
            name="bio"
            label={t('profileForm.bio')}
            hint={t('profileForm.bioHint')}
            value={values.bio}
            error={form.error('bio')}
            onChange={(event) => setValue('bio', event.target.value)}
          />
        </div>
      </Card>
      <Card title={t('profileForm.place')}>
        <div className="form-stack">
          <SelectField
            id={form.fieldId('country')}
            label={t('profileForm.country')}
            emptyLabel={t('profileForm.notSet')}
            options={taxonomy.countryOptions()}
            value={values.country}
            error={form.error('country')}
            onChange={(event) => setValue('country', event.target.value)}
          />
          <TextField {...text('city')} label={t('profileForm.city')} autoComplete="address-level2" />
          <CheckboxField
            id={form.fieldId('cityVisible')}
            label={t('profileForm.cityVisible')}
            hint={t('profileForm.cityVisibleHint')}
            checked={values.cityVisible}
            onChange={(checked) => setValue('cityVisible', checked)}
          />
          <ChipPicker {...chips('languages')} legend={t('profileForm.languages')} />
        </div>
      </Card>
      <Card title={t('profileForm.work')} description={t('profileForm.workLead')}>
        <div className="form-stack">
          <ChipPicker {...chips('topics')} legend={t('profileForm.topics')} />
          <ChipPicker
            {...chips('offers')}
            legend={t('profileForm.offers')}
            hint={t('profileForm.offersHint')}
          />
          <ChipPicker {...chips('needs')} legend={t('profileForm.needs')} hint={t('profileForm.needsHint')} />
          <TextField
            id={form.fieldId('skills')}
            name="skills"
            label={t('profileForm.skills')}
            hint={t('profileForm.skillsHint')}
            value={values.skills}
            error={form.error('skills')}
            onChange={(event) => setValue('skills', event.target.value)}
          />
        </div>
      </Card>
      <Card title={t('profileForm.links')}>
        <div className="form-stack">
          <LinkRowsField
            links={values.links}
            onChange={(links) => setValue('links', links)}
            fieldId={form.fieldId}
            error={form.error}
            max={MAX_LINKS}
            text={{
              row: (count) => t('profileForm.linkNumber', { count }),
              label: t('profileForm.linkLabel'),
              url: t('profileForm.linkUrl'),
              remove: t('profileForm.removeLink'),
              removeRow: (count) => t('profileForm.removeLinkLabel', { count }),
              add: t('profileForm.addLink'),
            }}
          />
        </div>
      </Card>
      <Card title={t('profileForm.pressAndPrivacy')}>
        <div className="form-stack">
          <CheckboxField
            id={form.fieldId('openToPress')}
            label={t('profileForm.openToPress')}
            hint={t('profileForm.openToPressHint')}
            checked={values.openToPress}
            onChange={(checked) => {
              setValue('openToPress', checked);
              // Press contacts take requests unless they pause them.
              if (checked) setValue('acceptsContactRequests', true);
            }}
          />
          {values.openToPress && (
            <>
              <ChipPicker {...chips('pressTopics')} legend={t('profileForm.pressTopics')} />
              <ChipPicker {...chips('pressLanguages')} legend={t('profileForm.pressLanguages')} />
            </>
          )}
          <CheckboxField
            id={form.fieldId('acceptsContactRequests')}
            label={t('profileForm.acceptsContactRequests')}
            hint={t('profileForm.acceptsContactRequestsHint')}
            checked={values.acceptsContactRequests}
            onChange={(checked) => setValue('acceptsContactRequests', checked)}
          />
          <VisibilityField
            id={form.fieldId('visibility')}
            value={values.visibility}
            error={form.error('visibility')}
            onChange={(visibility) => setValue('visibility', visibility)}
          />
        </div>
      </Card>
      <div className="form-actions">
        <Button type="submit" loading={form.submitting}>
          {t('profileForm.save')}
        </Button>
        {form.dirty && <span className="muted">{t('profileForm.unsaved')}</span>}
      </div>
      <UnsavedChangesDialog dirty={form.dirty && !form.submitting} />
    </form>
  );
}
