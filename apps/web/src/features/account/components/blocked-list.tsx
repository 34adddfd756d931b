import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { LoadingState } from '../../../components/ui/spinner';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { blocksQueryOptions } from '../api/get-blocks';
import { useUnblock } from '../api/unblock';

/**
 * The people this account blocked, a page at a time (someone facing a harassment campaign
 * may block thousands). Blocks are private: the other person is never told.
 */
export function BlockedList() {
  const { t } = useTranslation();
  const blocks = useInfiniteQuery(blocksQueryOptions());
  const unblock = useUnblock();
  const items = blocks.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(items.length, blocks.fetchNextPage, blocks.isFetchingNextPage);
  return (
    <div id="blocked">
      <Card title={t('blocks.title')} description={t('blocks.lead')}>
        <div className="stack-s">
          {unblock.isError && <Alert tone="error">{errorMessage(t, unblock.error)}</Alert>}
          {blocks.isPending && <LoadingState label={t('common.loading')} />}
          {blocks.data && items.length === 0 && <EmptyState icon="shield" title={t('blocks.empty')} />}
          {items.length > 0 && (
            <ul className="session-list" ref={listRef}>
              {items.map((block) => (
                <li key={block.handle} className="session-list__item blocked-item">
                  <div className="session-list__body">
                    <p className="session-list__device">{block.displayName}</p>
                    <p className="session-list__agent">
                      @{block.handle} · {t('blocks.since', { date: formatDate(block.blockedAt) })}
                    </p>
                  </div>
                  <Button
                    variant="secondary"
                    size="small"
                    aria-label={t('blocks.unblockLabel', { name: block.displayName })}
                    loading={unblock.isPending && unblock.variables === block.handle}
                    onClick={() => unblock.mutate(block.handle)}
                  >
                    {t('blocks.unblock')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {blocks.hasNextPage && (
            <LoadMoreButton
              label={t('blocks.loadMore')}
              loading={blocks.isFetchingNextPage}
              onLoadMore={loadMore}
            />
          )}
          {blocks.isError && <Alert tone="error">{errorMessage(t, blocks.error)}</Alert>}
        </div>
      </Card>
    </div>
  );
}
