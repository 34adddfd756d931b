import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';

interface CommentFormProps {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** Writes a comment, a reply or an edit; empty text is refused before it is sent. */
export function CommentForm({
  id,
  label,
  submitLabel,
  initial = '',
  busy,
  error,
  onSubmit,
  onCancel,
  autoFocus = false,
}: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const [empty, setEmpty] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (body.trim() === '') return setEmpty(true);
    setEmpty(false);
    await onSubmit(body.trim());
    setBody('');
  };

  return (
    <form
      className="comment-form stack-s"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <TextAreaField
        id={id}
        label={label}
        rows={3}
        value={body}
        maxLength={5000}
        autoFocus={autoFocus}
        error={empty ? t('validation.required') : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      {error !== null && error !== undefined && <Alert tone="error">{errorMessage(t, error)}</Alert>}
      <div className="cluster">
        <Button type="submit" size="small" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" size="small" onClick={onCancel}>
            {t('news.comment.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
