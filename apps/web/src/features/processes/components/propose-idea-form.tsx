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
import { useProposeIdea } from '../api/propose-idea';

/** A member proposes an idea: title, body (Markdown), a topic and where it applies. */
export function ProposeIdeaForm({ processId, topics }: { processId: string; topics: string[] }) {
  const { t } = useTranslation();
  const { name, countryOptions } = useTaxonomy();
  const navigate = useNavigate();
  const propose = useProposeIdea();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [topic, setTopic] = useState('');
  const [city, setCity] = useState('');
  const [country, setCountry] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    propose.mutate(
      {
        processId,
        title,
        body,
        topics: topic ? [topic] : [],
        city: city.trim() ? city : null,
        country: country || null,
      },
      { onSuccess: (idea) => navigate(`/ideas/${idea.id}`) },
    );
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="propose-title">
      <h2 id="propose-title">{t('processes.propose.title')}</h2>
      {propose.isError && <Alert tone="error">{errorMessage(t, propose.error)}</Alert>}
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
      <div>
        <Button type="submit" loading={propose.isPending}>
          {t('processes.propose.submit')}
        </Button>
      </div>
    </form>
  );
}
