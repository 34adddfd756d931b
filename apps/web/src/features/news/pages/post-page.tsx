import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FeedLinks } from '../../../components/feed-links';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { postQueryOptions } from '../api/get-post';
import { CommentSection } from '../components/comment-section';
import { PostByline } from '../components/post-byline';
import { UsefulButton } from '../components/useful-button';
import '../components/news.css';

/** One post: cover, who published it, its text, "useful", comments and the feeds it belongs to. */
export function PostPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const { name } = useTaxonomy();
  const post = useQuery({
    ...postQueryOptions(slug, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });
  useDocumentTitle(post.data?.title ?? t('news.title'));
  const current = post.data?.slug;
  // A former address answers the post with its current slug: show that address instead.
  useEffect(() => {
    if (current && current !== slug) void navigate(`/news/${current}`, { replace: true });
  }, [current, slug, navigate]);

  if (post.isPending) return <LoadingState label={t('common.loading')} />;
  if (post.isError) {
    if (isApiError(post.error) && post.error.status === 404) {
      return (
        <>
          <h1>{t('news.notFoundTitle')}</h1>
          <EmptyState icon="news" title={t('news.notFoundBody')}>
            <ButtonLink to="/news" variant="secondary">
              {t('news.backToNews')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, post.error)}</Alert>;
  }

  const data = post.data;
  const feedParams = new URLSearchParams();
  if (data.author.organisation) feedParams.set('organisation', data.author.organisation.slug);
  else if (data.author.person) feedParams.set('author', data.author.person.handle);
  const feedTitle = data.author.organisation?.name ?? data.author.person?.displayName ?? t('news.feedTitle');

  return (
    <article className="post">
      {data.moderation?.hidden && (
        <Alert tone="warning">{t('news.hiddenByModeration', { reason: data.moderation.reason ?? '' })}</Alert>
      )}
      <header className="stack-s">
        <p className="cluster">
          <Badge tone="brand">{t(`news.kinds.${data.kind}`)}</Badge>
          {data.status !== 'published' && <Badge>{t(`news.statuses.${data.status}`)}</Badge>}
        </p>
        <h1>{data.title}</h1>
        {data.summary && <p className="page-header__lead">{data.summary}</p>}
        <p className="post__meta cluster">
          <PostByline author={data.author} />
          <span>
            {data.publishedAt
              ? t('news.publishedOn', { date: formatDate(data.publishedAt) })
              : t('news.notPublished')}
          </span>
          {data.editedAt && (
            <span title={t('news.editedOn', { date: formatDate(data.editedAt) })}>
              <Badge>{t('news.edited')}</Badge>
            </span>
          )}
        </p>
        {data.canEdit ? (
          <p>
            <ButtonLink to={`/news/${data.slug}/edit`} variant="secondary">
              {t('news.edit')}
            </ButtonLink>
          </p>
        ) : (
          <ReportButton objectType="post" objectId={data.id} label={t('moderation.report.post')} />
        )}
      </header>
      {data.cover && <img className="post__cover" src={data.cover.large} alt={data.coverAlt ?? ''} />}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: data.bodyHtml }} />
      {data.topics.length > 0 && (
        <ul className="cluster post__topics" aria-label={t('news.editor.topics')}>
          {data.topics.map((topic) => (
            <li key={topic}>
              <Link to={`/news?topic=${encodeURIComponent(topic)}`}>{name('topics', topic)}</Link>
            </li>
          ))}
        </ul>
      )}
      <UsefulButton post={data} />
      <FeedLinks params={feedParams} title={feedTitle} />
      <CommentSection post={data} />
    </article>
  );
}
