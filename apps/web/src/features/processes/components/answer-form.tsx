import type { Idea, Process } from '@open-spaces/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useAnswerIdea } from '../api/answer-idea';
import { answerStateLabel } from './process-format';

/** The organiser answers an idea: a state and a text, saved as a draft or published to everyone. */
export function AnswerForm({ idea, process }: { idea: Idea; process: Process }) {
  const { t } = useTranslation();
  const answer = useAnswerIdea();
  const current = idea.answerDraft ?? idea.answer;
  const [state, setState] = useState(current?.state ?? 'evaluating');
  const [text, setText] = useState(current?.text ?? '');
  const [published, setPublished] = useState<boolean | null>(null);

  const save = (publish: boolean) => {
    answer.mutate({ ideaId: idea.id, state, text, publish }, { onSuccess: () => setPublished(publish) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(true);
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="answer-form-title">
      <h2 id="answer-form-title">{t('processes.answer.formTitle')}</h2>
      {answer.isError && <Alert tone="error">{errorMessage(t, answer.error)}</Alert>}
      {published !== null && (
        <Alert tone="success">
          {published ? t('processes.answer.published') : t('processes.answer.drafted')}
        </Alert>
      )}
      <SelectField
        id="answer-state"
        label={t('processes.answer.state')}
        options={process.answerStates.map((value) => ({
          value,
          label: answerStateLabel(t, value),
        }))}
        value={state}
        onChange={(event) => setState(event.target.value)}
      />
      <TextAreaField
        id="answer-text"
        label={t('processes.answer.text')}
        hint={t('processes.markdownHint')}
        value={text}
        maxLength={10000}
        rows={5}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="cluster">
        <Button type="button" variant="secondary" loading={answer.isPending} onClick={() => save(false)}>
          {t('processes.answer.saveDraft')}
        </Button>
        <Button type="submit" loading={answer.isPending}>
          {t('processes.answer.publish')}
        </Button>
      </div>
    </form>
  );
}
