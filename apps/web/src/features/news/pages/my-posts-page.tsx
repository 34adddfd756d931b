import { PostStatus } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { myPostsQueryOptions } from '../api/get-my-posts';
import { PostCard } from '../components/post-card';
import '../components/news.css';

const schemas = { status: PostStatus.optional() };

/** The signed-in person's own posts, drafts first among them as they were written. */
export function MyPostsPage() {
  const { t } = useTranslation();
  const { filters, setFilter, setFilters, active } = useUrlFilters(schemas);
  useDocumentTitle(t('news.mine.title'));
  const posts = useInfiniteQuery(myPostsQueryOptions(filters.status));
  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('news.mine.title')} lead={t('news.mine.lead')} />
        <ButtonLink to="/news/new">{t('news.write')}</ButtonLink>
      </div>
      <div className="directory">
        <search className="filter-bar" aria-label={t('news.filtersLabel')}>
          <div className="post-filters">
            <FilterSelect
              id="my-posts-status"
              label={t('news.mine.status')}
              options={PostStatus.options.map((status) => ({
                value: status,
                label: t(`news.statuses.${status}`),
              }))}
              value={filters.status}
              onChange={(status) => {
                const parsed = PostStatus.safeParse(status);
                setFilter('status', parsed.success ? parsed.data : undefined);
              }}
            />
          </div>
        </search>
        <DirectoryResults
          id="my-posts"
          query={posts}
          itemKey={(post) => post.id}
          renderItem={(post) => <PostCard post={post} showStatus />}
          emptyIcon="news"
          emptyTitle={t('news.mine.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
