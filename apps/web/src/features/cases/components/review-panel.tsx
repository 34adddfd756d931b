import type { Case } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useReviewCase } from '../api/review-case';

/** A moderator's decision on a submitted case: publish it, or return it with a note. */
export function ReviewPanel({ item }: { item: Case }) {
  const { t } = useTranslation();
  const review = useReviewCase();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  return (
    <Card title={t('cases.review.title')} description={t('cases.review.lead')}>
      <div className="form-stack">
        <div>
          <Button
            loading={review.isPending && review.variables?.body.decision === 'publish'}
            onClick={() => review.mutate({ id: item.id, body: { decision: 'publish' } })}
          >
            {t('cases.review.publish')}
          </Button>
        </div>
        <form
          className="form-stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (note.trim() === '') {
              setNoteMissing(true);
              return;
            }
            review.mutate({ id: item.id, body: { decision: 'return', note } });
          }}
        >
          <TextAreaField
            id="case-review-note"
            name="note"
            label={t('cases.review.note')}
            hint={t('cases.review.noteHint')}
            rows={3}
            value={note}
            error={noteMissing ? t('cases.review.noteRequired') : undefined}
            onChange={(event) => {
              setNote(event.target.value);
              setNoteMissing(false);
            }}
          />
          <div>
            <Button
              type="submit"
              variant="secondary"
              loading={review.isPending && review.variables?.body.decision === 'return'}
            >
              {t('cases.review.return')}
            </Button>
          </div>
        </form>
        {review.isError && <Alert tone="error">{errorMessage(t, review.error)}</Alert>}
      </div>
    </Card>
  );
}
