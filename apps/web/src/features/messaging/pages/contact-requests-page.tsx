import type { ContactRequestBox } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useAnswerContactRequest } from '../api/answer-contact-request';
import { contactRequestsQueryOptions } from '../api/get-contact-requests';
import { ContactRequestItem } from '../components/contact-request-item';
import '../components/messaging.css';

const BOXES = ['received', 'sent'] as const satisfies readonly ContactRequestBox[];

/** The contact requests the person received (to accept or decline) and sent (with their answers). */
export function ContactRequestsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const box: ContactRequestBox = params.get('box') === 'sent' ? 'sent' : 'received';
  const requests = useInfiniteQuery(contactRequestsQueryOptions(box));
  const answer = useAnswerContactRequest();
  const items = requests.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('messaging.requests.title')} lead={t('messaging.requests.lead')} />
      <div className="stack reading-width">
        <nav aria-label={t('messaging.requests.boxes')} className="box-tabs">
          {BOXES.map((name) => (
            <Link
              key={name}
              to={name === 'received' ? '/contact-requests' : '/contact-requests?box=sent'}
              className="box-tabs__tab"
              aria-current={box === name ? 'page' : undefined}
            >
              {t(`messaging.requests.box.${name}`)}
            </Link>
          ))}
        </nav>
        {answer.isError && <Alert tone="error">{errorMessage(t, answer.error)}</Alert>}
        {requests.isPending && <LoadingState label={t('common.loading')} />}
        {requests.isError && <Alert tone="error">{errorMessage(t, requests.error)}</Alert>}
        {requests.isSuccess && items.length === 0 && (
          <EmptyState icon="mail" title={t(`messaging.requests.empty.${box}`)}>
            {box === 'sent' && <Link to="/experts">{t('messaging.requests.findExperts')}</Link>}
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="contact-request-list">
            {items.map((request) => (
              <ContactRequestItem key={request.id} request={request} answer={answer} />
            ))}
          </ul>
        )}
        {requests.hasNextPage && (
          <LoadMoreButton
            label={t('messaging.requests.loadMore')}
            loading={requests.isFetchingNextPage}
            onLoadMore={() => void requests.fetchNextPage()}
          />
        )}
      </div>
    </>
  );
}
