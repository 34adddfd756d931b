import type { MyProfile, UpdateProfileRequest, Visibility } from '@open-spaces/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { SelectField } from '../../../components/ui/select-field';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { VisibilityField } from './visibility-field';

export const onboardingSteps = ['topics', 'country', 'languages', 'offers', 'needs', 'visibility'] as const;
type Step = (typeof onboardingSteps)[number];

interface Answers {
  topics: string[];
  country: string;
  languages: string[];
  offers: string[];
  needs: string[];
  visibility: Visibility;
}

interface OnboardingStepsProps {
  profile: MyProfile;
  /** Saves the answers; called once, at the end, or with only `onboarded` when skipping. */
  onSave: (request: UpdateProfileRequest) => Promise<unknown>;
  onDone: () => void;
}

/** A short guided flow, one question per step; every step can be skipped and so can the whole flow. */
export function OnboardingSteps({ profile, onSave, onDone }: OnboardingStepsProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const [index, setIndex] = useState(0);
  const [saving, setSaving] = useState<'finish' | 'skip' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [answers, setAnswers] = useState<Answers>({
    topics: profile.topics,
    country: profile.country ?? '',
    languages: profile.languages,
    offers: profile.offers,
    needs: profile.needs,
    visibility: profile.visibility,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const step: Step = onboardingSteps[index] ?? 'topics';
  const last = index === onboardingSteps.length - 1;

  // Each step is a new screen for screen-reader users too: start reading at its question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of step
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [index]);

  const save = async (kind: 'finish' | 'skip', request: UpdateProfileRequest) => {
    setSaving(kind);
    setError(null);
    try {
      await onSave(request);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(null);
    }
  };

  const finish = () =>
    save('finish', { ...answers, country: answers.country === '' ? null : answers.country, onboarded: true });

  const set = <K extends keyof Answers>(name: K, value: Answers[K]) =>
    setAnswers((current) => ({ ...current, [name]: value }));

  const picker = (name: 'topics' | 'languages' | 'offers' | 'needs') => ({
    id: `onboarding-${name}`,
    legend: t(`onboarding.${name}Question`),
    hint: t(`onboarding.${name}Hint`),
    options: taxonomy.options(name === 'offers' || name === 'needs' ? 'support' : name, answers[name]),
    selected: answers[name],
    onChange: (next: string[]) => set(name, next),
    max: 12,
    searchable: name === 'languages',
  });

  return (
    <div className="onboarding">
      <p className="onboarding__progress">
        {t('onboarding.progress', { current: index + 1, total: onboardingSteps.length })}
      </p>
      <progress className="progress" max={onboardingSteps.length} value={index + 1} aria-hidden="true" />
      <form
        className="onboarding__step"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (last) void finish();
          else setIndex(index + 1);
        }}
      >
        <h2 ref={headingRef} tabIndex={-1} className="onboarding__title">
          {t(`onboarding.${step}Title`)}
        </h2>
        {step === 'country' ? (
          <SelectField
            id="onboarding-country"
            label={t('onboarding.countryQuestion')}
            hint={t('onboarding.countryHint')}
            emptyLabel={t('profileForm.notSet')}
            options={taxonomy.countryOptions()}
            value={answers.country}
            onChange={(event) => set('country', event.target.value)}
          />
        ) : step === 'visibility' ? (
          <VisibilityField
            id="onboarding-visibility"
            value={answers.visibility}
            onChange={(visibility) => set('visibility', visibility)}
          />
        ) : (
          <ChipPicker {...picker(step)} />
        )}
        {Boolean(error) && <Alert tone="error">{errorMessage(t, error)}</Alert>}
        <div className="onboarding__actions">
          {index > 0 && (
            <Button variant="secondary" onClick={() => setIndex(index - 1)}>
              {t('onboarding.back')}
            </Button>
          )}
          <Button type="submit" loading={saving === 'finish'} disabled={saving !== null}>
            {last ? t('onboarding.finish') : t('onboarding.next')}
          </Button>
        </div>
      </form>
      <div className="onboarding__skip">
        <Button
          variant="quiet"
          loading={saving === 'skip'}
          disabled={saving !== null}
          onClick={() => void save('skip', { onboarded: true })}
        >
          {t('onboarding.skip')}
        </Button>
        <span className="muted">{t('onboarding.skipHint')}</span>
      </div>
    </div>
  );
}
