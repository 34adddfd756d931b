import type { Idea } from '@open-spaces/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useEditIdea } from '../api/edit-idea';
import { useProposeIdea } from '../api/propose-idea';

interface ProposeIdeaFormProps {
  processId: string;
  topics: string[];
  /** The author's idea to change, while it is still theirs to change; none to propose one. */
  idea?: Idea;
  /** After the idea was saved, or to leave the form without saving. */
  onDone?: () => void;
}

/** A member proposes an idea, or its author edits it: title, body (Markdown), a topic and where it applies. */
export function ProposeIdeaForm({ processId, topics, idea, onDone }: ProposeIdeaFormProps) {
  const { t } = useTranslation();
  const { name, countryOptions } = useTaxonomy();
  const navigate = useNavigate();
  const propose = useProposeIdea();
  const edit = useEditIdea();
  const saving = idea ? edit : propose;
  const [title, setTitle] = useState(idea?.title ?? '');
  const [body, setBody] = useState(idea?.body ?? '');
  const [topic, setTopic] = useState(idea?.topics[0] ?? '');
  const [city, setCity] = useState(idea?.city ?? '');
  const [country, setCountry] = useState(idea?.country ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      title,
      body,
      topics: topic ? [topic] : [],
      city: city.trim() ? city : null,
      country: country || null,
    };
    if (idea) edit.mutate({ id: idea.id, ...fields }, { onSuccess: () => onDone?.() });
    else propose.mutate({ processId, ...fields }, { onSuccess: (saved) => navigate(`/ideas/${saved.id}`) });
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="propose-title">
      <h2 id="propose-title">{t(idea ? 'processes.propose.editTitle' : 'processes.propose.title')}</h2>
      {saving.isError && <Alert tone="error">{errorMessage(t, saving.error)}</Alert>}
      <TextField
        id="idea-title"
        name="title"
        label={t('processes.propose.ideaTitle')}
        value={title}
        required
        minLength={3}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        id="idea-body"
        label={t('processes.propose.body')}
        hint={t('processes.markdownHint')}
        value={body}
        required
        maxLength={10000}
        rows={6}
        onChange={(event) => setBody(event.target.value)}
      />
      {topics.length > 0 && (
        <SelectField
          id="idea-topic"
          label={t('processes.propose.topic')}
          emptyLabel={t('processes.propose.noTopic')}
          options={topics.map((slug) => ({ value: slug, label: name('topics', slug) }))}
          value={topic}
          onChange={(event) => setTopic(event.target.value)}
        />
      )}
      <TextField
        id="idea-city"
        name="city"
        label={t('processes.propose.city')}
        value={city}
        maxLength={100}
        onChange={(event) => setCity(event.target.value)}
      />
      <SelectField
        id="idea-country"
        label={t('processes.propose.country')}
        emptyLabel={t('processes.propose.noCountry')}
        options={countryOptions()}
        value={country}
        onChange={(event) => setCountry(event.target.value)}
      />
      <div className="cluster">
        <Button type="submit" loading={saving.isPending}>
          {t(idea ? 'processes.propose.save' : 'processes.propose.submit')}
        </Button>
        {idea && onDone && (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('processes.propose.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
