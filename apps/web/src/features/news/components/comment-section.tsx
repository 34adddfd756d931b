import type { Post } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { SkeletonList } from '../../../components/ui/skeleton';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { useLiveWatch } from '../../../lib/live';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useCreateComment } from '../api/create-comment';
import { commentsQueryOptions } from '../api/get-comments';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

/** A post's comments, oldest first, each with its replies, and the forms to add to them. */
export function CommentSection({ post }: { post: Post }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const comments = useInfiniteQuery({
    ...commentsQueryOptions(post.slug, signedIn),
    enabled: session.status !== 'loading',
  });
  const create = useCreateComment();
  const reply = useCreateComment();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const threads = comments.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(
    threads.length,
    comments.fetchNextPage,
    comments.isFetchingNextPage,
  );
  const open = post.status === 'published';
  // New comments arrive while the page is open.
  useLiveWatch(signedIn && open ? { type: 'post', slug: post.slug } : null);

  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('news.comment.title')}</h2>
      {comments.isPending && <SkeletonList count={2} label={t('common.loading')} />}
      {comments.isError && !comments.data && (
        <Alert tone="error">
          <p>{errorMessage(t, comments.error)}</p>
          <Button variant="secondary" size="small" onClick={() => void comments.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </Alert>
      )}
      {comments.isSuccess && threads.length === 0 && <p>{t('news.comment.empty')}</p>}
      {threads.length > 0 && (
        <ul className="comment-list" ref={listRef}>
          {threads.map((thread) => (
            <li key={thread.id}>
              <CommentItem comment={thread}>
                {signedIn && open && (
                  <Button
                    variant="quiet"
                    size="small"
                    aria-expanded={replyTo === thread.id}
                    onClick={() => setReplyTo(replyTo === thread.id ? null : thread.id)}
                  >
                    {t('news.comment.reply')}
                  </Button>
                )}
              </CommentItem>
              {(thread.replies.length > 0 || replyTo === thread.id) && (
                <ul className="comment-list comment-list--replies">
                  {thread.replies.map((item) => (
                    <li key={item.id}>
                      <CommentItem comment={item} />
                    </li>
                  ))}
                  {replyTo === thread.id && (
                    <li>
                      <CommentForm
                        id={`reply-${thread.id}`}
                        label={t('news.comment.replyLabel', {
                          name: thread.author.person?.displayName ?? t('news.comment.unknownAuthor'),
                        })}
                        submitLabel={t('news.comment.sendReply')}
                        busy={reply.isPending}
                        error={reply.error}
                        autoFocus
                        onSubmit={async (body) => {
                          await reply.mutateAsync({ slug: post.slug, body: { body, parentId: thread.id } });
                          setReplyTo(null);
                        }}
                        onCancel={() => setReplyTo(null)}
                      />
                    </li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {comments.hasNextPage && (
        <LoadMoreButton
          label={t('news.comment.loadMore')}
          loading={comments.isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
      {comments.isFetchNextPageError && <Alert tone="error">{errorMessage(t, comments.error)}</Alert>}
      {open && signedIn && (
        <CommentForm
          id="new-comment"
          label={t('news.comment.label')}
          submitLabel={t('news.comment.post')}
          busy={create.isPending}
          error={create.error}
          onSubmit={(body) => create.mutateAsync({ slug: post.slug, body: { body } })}
        />
      )}
      {open && session.status === 'signedOut' && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
            {t('news.comment.signIn')}
          </Link>
        </p>
      )}
    </section>
  );
}
