import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { usePostIdeaUpdate } from '../api/answer-idea';

/** The organiser posts a dated follow-up on an accepted idea. */
export function UpdateForm({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  const post = usePostIdeaUpdate();
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate({ ideaId, body }, { onSuccess: () => setBody('') });
  };
  return (
    <form className="stack" onSubmit={submit}>
      {post.isError && <Alert tone="error">{errorMessage(t, post.error)}</Alert>}
      <TextAreaField
        id="update-body"
        label={t('processes.updates.label')}
        hint={t('processes.markdownHint')}
        value={body}
        required
        maxLength={10000}
        rows={4}
        onChange={(event) => setBody(event.target.value)}
      />
      <div>
        <Button type="submit" loading={post.isPending}>
          {t('processes.updates.submit')}
        </Button>
      </div>
    </form>
  );
}
