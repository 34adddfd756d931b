import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { blocksQueryOptions } from '../api/get-blocks';
import { useUnblock } from '../api/unblock';

/** The people this account blocked. Blocks are private: the other person is never told. */
export function BlockedList() {
  const { t } = useTranslation();
  const blocks = useQuery(blocksQueryOptions());
  const unblock = useUnblock();
  return (
    <div id="blocked">
      <Card title={t('blocks.title')} description={t('blocks.lead')}>
        <div className="stack-s">
          {unblock.isError && <Alert tone="error">{errorMessage(t, unblock.error)}</Alert>}
          {blocks.isPending && <LoadingState label={t('common.loading')} />}
          {blocks.isError && <Alert tone="error">{errorMessage(t, blocks.error)}</Alert>}
          {blocks.data && blocks.data.items.length === 0 && (
            <EmptyState icon="shield" title={t('blocks.empty')} />
          )}
          {blocks.data && blocks.data.items.length > 0 && (
            <ul className="session-list">
              {blocks.data.items.map((block) => (
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
        </div>
      </Card>
    </div>
  );
}
