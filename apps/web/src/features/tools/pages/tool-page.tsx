import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { LoadingState } from '../../../components/ui/spinner';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { toolQueryOptions } from '../api/get-tool';
import { toolUsagesQueryOptions } from '../api/get-tool-usages';
import { useReviewTool } from '../api/review-tool';
import { ToolFlags } from '../components/tool-flags';
import { UsageForm } from '../components/usage-form';
import '../components/tools.css';

export function ToolPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { name } = useTaxonomy();
  const review = useReviewTool();
  const tool = useQuery({ ...toolQueryOptions(slug, signedIn), enabled: session.status !== 'loading' });
  useDocumentTitle(tool.data?.name ?? t('tools.title'));

  if (tool.isPending) return <LoadingState label={t('common.loading')} />;
  if (tool.isError) {
    if (isApiError(tool.error) && tool.error.status === 404) {
      return (
        <>
          <h1>{t('tools.notFoundTitle')}</h1>
          <EmptyState icon="tool" title={t('tools.notFoundBody')}>
            <ButtonLink to="/tools" variant="secondary">
              {t('tools.backToTools')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, tool.error)}</Alert>;
  }

  const data = tool.data;
  return (
    <article className="profile">
      {data.moderation.hidden && (
        <Alert tone="warning" className="profile__notice">
          {t('moderation.hiddenNotice', { reason: data.moderation.reason ?? '' })}
        </Alert>
      )}
      {data.status !== 'approved' && (
        <Alert tone="info" className="profile__notice">
          {t(`tools.statusNotice.${data.status}`)}
        </Alert>
      )}
      <header className="profile__header">
        <div className="profile__intro">
          <h1 className="profile__name">{data.name}</h1>
          <ToolFlags tool={data} />
          <p>
            <a href={data.website} rel="noopener noreferrer nofollow" target="_blank">
              {data.website.replace(/^https?:\/\//, '')}
            </a>
          </p>
          {data.proposedBy && (
            <p className="muted">
              {t('tools.proposedBy')}{' '}
              <Link to={`/people/${data.proposedBy.handle}`}>{data.proposedBy.displayName}</Link>
            </p>
          )}
          <div className="cluster">
            {data.canReview && data.status !== 'approved' && (
              <Button
                loading={review.isPending}
                onClick={() => review.mutate({ slug: data.slug, decision: 'approve' })}
              >
                {t('tools.approve')}
              </Button>
            )}
            {data.canReview && data.status === 'pending' && (
              <Button
                variant="secondary"
                loading={review.isPending}
                onClick={() => review.mutate({ slug: data.slug, decision: 'reject' })}
              >
                {t('tools.reject')}
              </Button>
            )}
            <ReportButton objectType="tool" objectId={data.id} label={t('tools.report')} />
          </div>
          {review.isError && <Alert tone="error">{errorMessage(t, review.error)}</Alert>}
        </div>
      </header>
      <div className="profile__body">
        {data.descriptionHtml && (
          <Card title={t('tools.about')}>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: data.descriptionHtml }} />
          </Card>
        )}
        <Card title={t('tools.details')}>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('tools.languages')}</dt>
              <dd>
                {data.languages.length > 0
                  ? data.languages.map((language) => name('languages', language)).join(', ')
                  : t('tools.notStated')}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('tools.gdprNotes')}</dt>
              <dd>{data.gdprNotes || t('tools.notStated')}</dd>
            </div>
          </dl>
        </Card>
        {data.status === 'approved' && <UsedBy slug={data.slug} signedIn={signedIn} />}
        {data.usableAs.length > 0 && !data.moderation.hidden && (
          <Card title={t('tools.usage.title')} description={t('tools.usage.lead')}>
            <UsageForm tool={data} />
          </Card>
        )}
      </div>
    </article>
  );
}

function UsedBy({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const usages = useInfiniteQuery(toolUsagesQueryOptions(slug, signedIn));
  const items = usages.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(items.length, usages.fetchNextPage, usages.isFetchingNextPage);
  return (
    <Card title={t('tools.usedByTitle')}>
      {usages.isPending ? (
        <LoadingState label={t('common.loading')} />
      ) : usages.isError ? (
        <Alert tone="error">{errorMessage(t, usages.error)}</Alert>
      ) : items.length === 0 ? (
        <p className="muted">{t('tools.usedByEmpty')}</p>
      ) : (
        <>
          <ul className="tool-usages" ref={listRef}>
            {items.map((usage) => (
              <li key={usage.organisation.slug} className="tool-usage">
                <Avatar name={usage.organisation.name} image={usage.organisation.logo} size="small" square />
                <div>
                  <Link to={`/organisations/${usage.organisation.slug}`}>{usage.organisation.name}</Link>{' '}
                  <Badge>{t(`organisationKinds.${usage.organisation.kind}`)}</Badge>
                  {usage.note && <p className="tool-usage__note">{usage.note}</p>}
                </div>
              </li>
            ))}
          </ul>
          {usages.hasNextPage && (
            <LoadMoreButton
              label={t('tools.loadMoreUsages')}
              loading={usages.isFetchingNextPage}
              onLoadMore={loadMore}
            />
          )}
        </>
      )}
    </Card>
  );
}
