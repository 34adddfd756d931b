import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { moderationQueueQueryOptions } from '../api/get-queue';
import { CaseCard } from '../components/case-card';
import { PagedList } from '../components/paged-list';

/** Open reports grouped by object, for site moderators and admins (others are refused). */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const queue = useInfiniteQuery(moderationQueueQueryOptions());
  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('moderation.queue.title')} lead={t('moderation.queue.lead')} />
        <ButtonLink to="/moderation/audit" variant="secondary">
          {t('moderation.queue.auditLink')}
        </ButtonLink>
      </div>
      <PagedList
        query={queue}
        itemKey={(item) => `${item.objectType}:${item.objectId}`}
        renderItem={(item) => <CaseCard item={item} />}
        empty={t('moderation.queue.empty')}
        error={t('moderation.queue.error')}
        loadMore={t('directory.loadMore')}
      />
    </>
  );
}
