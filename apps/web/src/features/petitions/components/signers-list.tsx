import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { LoadingState } from '../../../components/ui/spinner';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { signaturesQueryOptions } from '../api/get-signatures';

/** The signers who chose to show their name, newest first. */
export function SignersList({ petitionId, signedIn }: { petitionId: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const signers = useInfiniteQuery(signaturesQueryOptions(petitionId, signedIn));
  const items = signers.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(items.length, signers.fetchNextPage, signers.isFetchingNextPage);
  return (
    <Card title={t('petitions.page.signers')} description={t('petitions.page.signersLead')}>
      {signers.isPending && <LoadingState label={t('common.loading')} />}
      {signers.isError && <Alert tone="error">{errorMessage(t, signers.error)}</Alert>}
      {signers.isSuccess && items.length === 0 && <p>{t('petitions.page.noSigners')}</p>}
      {items.length > 0 && (
        <ul className="petition-signers" ref={listRef}>
          {items.map((signer) => (
            <li key={`${signer.signedAt}-${signer.name}`}>
              {signer.name} <span className="muted">{formatDate(signer.signedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {signers.hasNextPage && (
        <LoadMoreButton
          label={t('petitions.page.loadMoreSigners')}
          loading={signers.isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
    </Card>
  );
}
