import {
  type CreateProcessRequest,
  PhaseAction,
  PhaseKind,
  type Process,
  ProcessScope,
  type UpdateProcessRequest,
} from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishingOrganisationsQueryOptions } from '../../../components/publish-as/get-publishing-organisations';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { defaultDrafts, draftsOf, type PhaseDraft, phasesOf } from './process-format';

type Request = CreateProcessRequest & UpdateProcessRequest;

interface ProcessFormProps {
  /** The process being edited; absent for a new one. */
  process?: Process;
  /** The organisation chosen beforehand, e.g. from its page. */
  organisation?: string;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (request: Request) => void;
}

const optionalNumber = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** Opens or changes a process: what it asks, its phases with their dates and actions, and its limits. */
export function ProcessForm({
  process,
  organisation,
  submitLabel,
  saving,
  error,
  onSubmit,
}: ProcessFormProps) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const publishers = useQuery({ ...publishingOrganisationsQueryOptions, enabled: !process });
  const [owner, setOwner] = useState(organisation ?? '');
  const [title, setTitle] = useState(process?.title ?? '');
  const [description, setDescription] = useState(process?.description ?? '');
  const [topics, setTopics] = useState<string[]>(process?.topics ?? []);
  const [scope, setScope] = useState<ProcessScope>(process?.scope ?? 'local');
  const [languages, setLanguages] = useState<string[]>(process?.languages ?? []);
  const [phases, setPhases] = useState<PhaseDraft[]>(
    process ? draftsOf(process.phases) : defaultDrafts(new Date()),
  );
  const [ideaLimit, setIdeaLimit] = useState(process?.ideaLimit?.toString() ?? '');
  const [supportLimit, setSupportLimit] = useState(process?.supportLimit?.toString() ?? '');
  const [threshold, setThreshold] = useState(process?.supportThreshold?.toString() ?? '');
  const [states, setStates] = useState(process?.customAnswerStates.join(', ') ?? '');

  const organisationOptions =
    publishers.data?.items.map((item) => ({ value: item.slug, label: item.name })) ?? [];
  const chosenOwner = owner || organisationOptions[0]?.value || '';
  const setPhase = (index: number, change: Partial<PhaseDraft>) =>
    setPhases((current) => current.map((phase, at) => (at === index ? { ...phase, ...change } : phase)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      organisation: chosenOwner,
      title,
      description,
      topics,
      scope,
      languages,
      phases: phasesOf(phases),
      ideaLimit: optionalNumber(ideaLimit),
      supportLimit: optionalNumber(supportLimit),
      supportThreshold: optionalNumber(threshold),
      answerStates: states
        .split(',')
        .map((state) => state.trim().toLowerCase().replace(/\s+/g, '_'))
        .filter(Boolean),
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {error !== null && error !== undefined && <Alert tone="error">{errorMessage(t, error)}</Alert>}
      {!process && (
        <SelectField
          id="process-organisation"
          label={t('processes.form.organisation')}
          hint={t('processes.form.organisationHint')}
          options={organisationOptions}
          value={chosenOwner}
          onChange={(event) => setOwner(event.target.value)}
        />
      )}
      <TextField
        id="process-title"
        name="title"
        label={t('processes.form.title')}
        value={title}
        required
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        id="process-description"
        label={t('processes.form.description')}
        hint={t('processes.markdownHint')}
        value={description}
        rows={8}
        maxLength={20000}
        onChange={(event) => setDescription(event.target.value)}
      />
      <ChipPicker
        id="process-topics"
        legend={t('processes.form.topics')}
        options={taxonomy.options('topics', topics)}
        selected={topics}
        onChange={setTopics}
        max={10}
        collapsible
      />
      <SelectField
        id="process-scope"
        label={t('processes.form.scope')}
        options={ProcessScope.options.map((value) => ({ value, label: t(`processes.scopes.${value}`) }))}
        value={scope}
        onChange={(event) => {
          const parsed = ProcessScope.safeParse(event.target.value);
          if (parsed.success) setScope(parsed.data);
        }}
      />
      <ChipPicker
        id="process-languages"
        legend={t('processes.form.languages')}
        options={taxonomy.options('languages', languages)}
        selected={languages}
        onChange={setLanguages}
        max={10}
        searchable
        collapsible
      />
      <fieldset className="stack">
        <legend>{t('processes.form.phases')}</legend>
        {phases.map((phase, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: phases are edited in place and have no id
          <fieldset key={index} className="process-form__phase stack">
            <legend>{t('processes.form.phaseNumber', { number: index + 1 })}</legend>
            <SelectField
              id={`phase-${index}-kind`}
              label={t('processes.form.phaseKind')}
              options={PhaseKind.options.map((value) => ({
                value,
                label: t(`processes.phaseKinds.${value}`),
              }))}
              value={phase.kind}
              onChange={(event) => {
                const parsed = PhaseKind.safeParse(event.target.value);
                if (parsed.success) setPhase(index, { kind: parsed.data });
              }}
            />
            <div className="cluster">
              <TextField
                id={`phase-${index}-from`}
                name={`phase-${index}-from`}
                type="date"
                label={t('processes.form.from')}
                value={phase.from}
                onChange={(event) => setPhase(index, { from: event.target.value })}
              />
              <TextField
                id={`phase-${index}-to`}
                name={`phase-${index}-to`}
                type="date"
                label={t('processes.form.to')}
                value={phase.to}
                onChange={(event) => setPhase(index, { to: event.target.value })}
              />
            </div>
            {PhaseAction.options.map((action) => (
              <CheckboxField
                key={action}
                id={`phase-${index}-${action}`}
                label={t(`processes.actions.${action}`)}
                checked={phase.actions.includes(action)}
                onChange={(checked) =>
                  setPhase(index, {
                    actions: checked
                      ? [...phase.actions, action]
                      : phase.actions.filter((item) => item !== action),
                  })
                }
              />
            ))}
            {phases.length > 1 && (
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  size="small"
                  onClick={() => setPhases((current) => current.filter((_, at) => at !== index))}
                >
                  {t('processes.form.removePhase', { number: index + 1 })}
                </Button>
              </div>
            )}
          </fieldset>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={() =>
              setPhases((current) => [
                ...current,
                {
                  kind: 'results',
                  from: current.at(-1)?.to ?? '',
                  to: current.at(-1)?.to ?? '',
                  actions: [],
                },
              ])
            }
          >
            {t('processes.form.addPhase')}
          </Button>
        </div>
      </fieldset>
      <TextField
        id="process-idea-limit"
        name="ideaLimit"
        type="number"
        min={1}
        label={t('processes.form.ideaLimit')}
        hint={t('processes.form.noLimitHint')}
        value={ideaLimit}
        onChange={(event) => setIdeaLimit(event.target.value)}
      />
      <TextField
        id="process-support-limit"
        name="supportLimit"
        type="number"
        min={1}
        label={t('processes.form.supportLimit')}
        hint={t('processes.form.noLimitHint')}
        value={supportLimit}
        onChange={(event) => setSupportLimit(event.target.value)}
      />
      <TextField
        id="process-threshold"
        name="supportThreshold"
        type="number"
        min={1}
        label={t('processes.form.threshold')}
        hint={t('processes.form.thresholdHint')}
        value={threshold}
        onChange={(event) => setThreshold(event.target.value)}
      />
      <TextField
        id="process-states"
        name="answerStates"
        label={t('processes.form.answerStates')}
        hint={t('processes.form.answerStatesHint')}
        value={states}
        onChange={(event) => setStates(event.target.value)}
      />
      <div>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
