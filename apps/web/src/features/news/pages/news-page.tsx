import { PostKind } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { FeedLinks } from '../../../components/feed-links';
import { Button, ButtonLink } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { postsQueryOptions } from '../api/get-posts';
import { PostCard } from '../components/post-card';
import { postFilterSchemas } from '../components/post-filters-state';
import '../components/news.css';

/** The latest posts, filtered by kind, topic, country and language, with the matching feeds. */
export function NewsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(postFilterSchemas);
  useDocumentTitle(t('news.title'));
  const posts = useInfiniteQuery({
    ...postsQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });
  // The public feeds follow the topic, organisation or person chosen; other filters stay on the page.
  const feedParams = new URLSearchParams();
  for (const key of ['topic', 'organisation', 'author'] as const) {
    const value = filters[key];
    if (value) feedParams.set(key, value);
  }
  const feedTitle = filters.topic
    ? t('news.feedTopicTitle', { topic: taxonomy.name('topics', filters.topic) })
    : t('news.feedTitle');

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('news.title')} lead={t('news.lead')} />
        {session.status === 'signedIn' && (
          <div className="cluster">
            <ButtonLink to="/news/new">{t('news.write')}</ButtonLink>
            <ButtonLink to="/news/mine" variant="secondary">
              {t('news.myPosts')}
            </ButtonLink>
          </div>
        )}
      </div>
      <FeedLinks params={feedParams} title={feedTitle} />
      <div className="directory">
        <search className="filter-bar" aria-label={t('news.filtersLabel')}>
          <div className="post-filters">
            <FilterSelect
              id="news-kind"
              label={t('news.kind')}
              options={PostKind.options.map((kind) => ({ value: kind, label: t(`news.kinds.${kind}`) }))}
              value={filters.kind}
              onChange={(kind) => {
                const parsed = PostKind.safeParse(kind);
                setFilter('kind', parsed.success ? parsed.data : undefined);
              }}
            />
            <FilterSelect
              id="news-topic"
              label={t('filters.topic')}
              options={taxonomy.options('topics')}
              value={filters.topic}
              onChange={(topic) => setFilter('topic', topic)}
            />
            <FilterSelect
              id="news-country"
              label={t('filters.country')}
              options={taxonomy.countryOptions()}
              value={filters.country}
              onChange={(country) => setFilter('country', country)}
            />
            <FilterSelect
              id="news-language"
              label={t('filters.language')}
              options={taxonomy.options('languages')}
              value={filters.language}
              onChange={(language) => setFilter('language', language)}
            />
          </div>
          {active && (
            <div>
              <Button variant="quiet" size="small" onClick={() => setFilters({})}>
                {t('news.clearFilters')}
              </Button>
            </div>
          )}
        </search>
        <DirectoryResults
          id="news"
          query={posts}
          itemKey={(post) => post.id}
          renderItem={(post) => <PostCard post={post} />}
          emptyIcon="news"
          emptyTitle={active ? t('news.emptyFiltered') : t('news.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
