import type { PostSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';
import { useTaxonomy } from '../../../lib/taxonomy';
import { PostByline } from './post-byline';

export function PostCard({ post, showStatus = false }: { post: PostSummary; showStatus?: boolean }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  return (
    <article className="directory-card post-card">
      {post.cover && <img className="post-card__cover" src={post.cover.small} alt={post.coverAlt ?? ''} />}
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/news/${post.slug}`} className="directory-card__link">
            {post.title}
          </Link>
        </h2>
        <p className="directory-card__meta">
          <Badge tone="brand">{t(`news.kinds.${post.kind}`)}</Badge>{' '}
          {showStatus && <Badge>{t(`news.statuses.${post.status}`)}</Badge>}{' '}
          {post.publishedAt ? formatDate(post.publishedAt) : t('news.notPublished')}
          {post.editedAt && ` · ${t('news.edited')}`}
        </p>
        <p className="directory-card__meta">
          <PostByline author={post.author} />
        </p>
        {post.summary && <p className="post-card__summary">{post.summary}</p>}
        <p className="directory-card__meta">
          {[
            ...post.topics.slice(0, 3).map((topic) => name('topics', topic)),
            t('news.comments', { count: post.commentCount }),
            t('news.usefulCount', { count: post.usefulCount }),
          ].join(' · ')}
        </p>
      </div>
    </article>
  );
}
