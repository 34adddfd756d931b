import { useTranslation } from 'react-i18next';

/**
 * The RSS and Atom feeds of what the page shows, announced to feed readers in the head
 * (React hoists the `<link>` elements there) and offered as visible links.
 */
export function FeedLinks({ params, title }: { params: URLSearchParams; title: string }) {
  const { t } = useTranslation();
  const query = params.size > 0 ? `?${params}` : '';
  const rss = `/api/posts/feed.rss${query}`;
  const atom = `/api/posts/feed.atom${query}`;
  return (
    <p className="cluster">
      <link rel="alternate" type="application/rss+xml" title={title} href={rss} />
      <link rel="alternate" type="application/atom+xml" title={title} href={atom} />
      <a href={rss}>{t('news.rss')}</a>
      <a href={atom}>{t('news.atom')}</a>
    </p>
  );
}
