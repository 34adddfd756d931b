import type { Comment } from '@open-spaces/contracts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { formatDateTime } from '../../../lib/format';
import { useDeleteComment } from '../api/delete-comment';
import { useUpdateComment } from '../api/update-comment';
import { CommentForm } from './comment-form';

/** One comment with its author, its text and what the viewer may do with it. */
export function CommentItem({ comment, children }: { comment: Comment; children?: ReactNode }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateComment();
  const remove = useDeleteComment();
  const person = comment.author.person;
  const name = person?.displayName ?? t('news.comment.unknownAuthor');

  return (
    <article className="comment" id={`comment-${comment.id}`} aria-label={name}>
      <header className="comment__header">
        <Avatar name={name} image={person?.avatar ?? null} size="small" />
        {person ? <Link to={`/people/${person.handle}`}>{name}</Link> : <span>{name}</span>}
        <time dateTime={comment.createdAt} className="comment__time">
          {formatDateTime(comment.createdAt)}
        </time>
        {comment.editedAt && <span className="comment__time">· {t('news.comment.edited')}</span>}
      </header>
      {comment.moderation?.hidden && (
        <Alert tone="warning">{t('news.comment.hidden', { reason: comment.moderation.reason ?? '' })}</Alert>
      )}
      {editing ? (
        <CommentForm
          id={`comment-edit-${comment.id}`}
          label={t('news.comment.label')}
          submitLabel={t('news.comment.save')}
          initial={comment.body}
          busy={update.isPending}
          error={update.error}
          autoFocus
          onSubmit={async (body) => {
            await update.mutateAsync({ id: comment.id, body: { body } });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist
        <div className="prose comment__body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
      )}
      <div className="cluster comment__actions">
        {children}
        {comment.canEdit && !editing && (
          <Button variant="quiet" size="small" onClick={() => setEditing(true)}>
            {t('news.comment.edit')}
          </Button>
        )}
        {comment.canRemove && (
          <Button variant="quiet" size="small" onClick={() => setConfirming(true)}>
            {t('news.comment.remove')}
          </Button>
        )}
        {!comment.canEdit && (
          <ReportButton objectType="comment" objectId={comment.id} label={t('moderation.report.comment')} />
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('news.comment.removeTitle')}
        confirmLabel={t('news.comment.remove')}
        cancelLabel={t('news.comment.cancel')}
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(comment.id, { onSettled: () => setConfirming(false) })}
      >
        {t('news.comment.removeBody')}
      </ConfirmDialog>
    </article>
  );
}
