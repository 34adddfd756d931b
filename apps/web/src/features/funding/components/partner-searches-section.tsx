import type { FundingCall } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { SkeletonList } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/messages';
import { fundingOrganisationsQueryOptions } from '../api/get-funding-organisations';
import { callPartnerSearchesQueryOptions } from '../api/get-partner-searches';
import { PartnerSearchCard } from './partner-search-card';
import { StartPartnerSearchForm } from './start-partner-search-form';

/** Does the call ask for more than one organisation or country? The API says the same. */
export function requiresPartners(call: Pick<FundingCall, 'minPartners' | 'minCountries'>): boolean {
  return (call.minPartners ?? 1) > 1 || (call.minCountries ?? 1) > 1;
}

/** A call's partner searches, and the form to start one for an organisation the viewer edits. */
export function PartnerSearchesSection({ call }: { call: FundingCall }) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  const searches = useInfiniteQuery(callPartnerSearchesQueryOptions(call.id));
  const organisations = useInfiniteQuery(fundingOrganisationsQueryOptions());
  const editable = organisations.data?.pages.flatMap((page) => page.items) ?? [];
  const items = searches.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card title={t('partners.section.title')} description={t('partners.section.lead')}>
      {searches.isPending && <SkeletonList label={t('common.loading')} />}
      {searches.isError && <Alert tone="error">{errorMessage(t, searches.error)}</Alert>}
      {searches.isSuccess && items.length === 0 && <p>{t('partners.section.empty')}</p>}
      {items.length > 0 && (
        <ul className="directory__list">
          {items.map((search) => (
            <li key={search.id}>
              <PartnerSearchCard search={search} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
      {searches.hasNextPage && (
        <LoadMoreButton
          label={t('partners.loadMore')}
          loading={searches.isFetchingNextPage}
          onLoadMore={() => void searches.fetchNextPage()}
        />
      )}
      <div className="cluster">
        {call.status !== 'closed' && editable.length > 0 && !starting && (
          <Button onClick={() => setStarting(true)}>{t('partners.section.start')}</Button>
        )}
        <Link to="/funding/partner-searches">{t('partners.browse')}</Link>
      </div>
      {starting && (
        <StartPartnerSearchForm
          callId={call.id}
          organisations={editable}
          onCancel={() => setStarting(false)}
        />
      )}
    </Card>
  );
}
