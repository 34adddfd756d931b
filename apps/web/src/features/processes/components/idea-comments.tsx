import type { IdeaComment, Process } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { SkeletonList } from '../../../components/ui/skeleton';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { formatDateTime } from '../../../lib/format';
import { errorMessage, translate } from '../../../lib/messages';
import { ideaCommentsQueryOptions, useCreateIdeaComment } from '../api/idea-comments';
import { closedMessage } from './process-format';

function CommentForm({ ideaId, parentId, label }: { ideaId: string; parentId?: string; label: string }) {
  const { t } = useTranslation();
  const create = useCreateIdeaComment(ideaId);
  const [body, setBody] = useState('');
  const id = parentId ? `reply-${parentId}` : 'comment-body';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ideaId, body, parentId }, { onSuccess: () => setBody('') });
  };
  return (
    <form className="stack" onSubmit={submit}>
      {create.isError && <Alert tone="error">{errorMessage(t, create.error)}</Alert>}
      <TextAreaField
        id={id}
        label={label}
        value={body}
        required
        maxLength={5000}
        rows={3}
        onChange={(event) => setBody(event.target.value)}
      />
      <div>
        <Button type="submit" size="small" loading={create.isPending}>
          {parentId ? t('processes.comments.reply') : t('processes.comments.submit')}
        </Button>
      </div>
    </form>
  );
}

function CommentBody({ comment }: { comment: IdeaComment }) {
  const { t } = useTranslation();
  return (
    <div className="idea-comment" id={`comment-${comment.id}`}>
      <p className="idea-comment__meta">
        <strong>{comment.author?.displayName ?? t('processes.someone')}</strong> ·{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </p>
      {comment.moderation?.hidden && <Alert tone="warning">{t('processes.comments.hidden')}</Alert>}
      <p className="idea-comment__body">{comment.body}</p>
      <ReportButton objectType="idea_comment" objectId={comment.id} label={t('processes.comments.report')} />
    </div>
  );
}

/** The comments on an idea with one level of replies; writing them while a phase allows. */
export function IdeaComments({
  ideaId,
  process,
  signedIn,
}: {
  ideaId: string;
  process: Process;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const query = useInfiniteQuery(ideaCommentsQueryOptions(ideaId, signedIn));
  const closed = closedMessage('comment', process.windows.comment);
  const canWrite = signedIn && closed === null;
  const threads = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="stack" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('processes.comments.title')}</h2>
      {query.isPending && <SkeletonList label={t('common.loading')} />}
      {query.isError && <Alert tone="error">{errorMessage(t, query.error)}</Alert>}
      {query.isSuccess && threads.length === 0 && <p>{t('processes.comments.empty')}</p>}
      {threads.length > 0 && (
        <ol className="idea-comments">
          {threads.map((thread) => (
            <li key={thread.id}>
              <CommentBody comment={thread} />
              {thread.replies.length > 0 && (
                <ol className="idea-comments idea-comments--replies">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBody comment={reply} />
                    </li>
                  ))}
                </ol>
              )}
              {canWrite && (
                <details className="idea-comment__reply">
                  <summary>{t('processes.comments.reply')}</summary>
                  <CommentForm
                    ideaId={ideaId}
                    parentId={thread.id}
                    label={t('processes.comments.replyLabel')}
                  />
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {query.hasNextPage && (
        <LoadMoreButton
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          label={t('processes.comments.more')}
        />
      )}
      {canWrite && <CommentForm ideaId={ideaId} label={t('processes.comments.label')} />}
      {closed && <p>{translate(t, closed)}</p>}
      {!signedIn && closed === null && <p>{t('processes.comments.signIn')}</p>}
    </section>
  );
}
