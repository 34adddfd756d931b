import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { formatRelativeTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { conversationsQueryOptions } from '../api/get-conversations';
import '../components/messaging.css';

/** The person's conversations, latest first, each with its newest message and unread count. */
export function MessagesPage() {
  const { t } = useTranslation();
  const conversations = useInfiniteQuery(conversationsQueryOptions());
  const items = conversations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('messaging.conversations.title')}
        lead={
          <>
            {t('messaging.conversations.lead')}{' '}
            <Link to="/contact-requests">{t('messaging.conversations.requestsLink')}</Link>
          </>
        }
      />
      <div className="stack reading-width">
        {conversations.isPending && <LoadingState label={t('common.loading')} />}
        {conversations.isError && <Alert tone="error">{errorMessage(t, conversations.error)}</Alert>}
        {conversations.isSuccess && items.length === 0 && (
          <EmptyState icon="mail" title={t('messaging.conversations.empty')}>
            <p className="muted">{t('messaging.conversations.emptyHint')}</p>
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="conversation-list">
            {items.map((conversation) => (
              <li key={conversation.id} className="conversation-row">
                <Avatar
                  name={conversation.person.displayName}
                  image={conversation.person.avatar}
                  size="small"
                />
                <div className="conversation-row__body">
                  <h2 className="conversation-row__name">
                    <Link to={`/messages/${conversation.id}`} className="conversation-row__link">
                      {conversation.person.displayName}
                    </Link>
                  </h2>
                  <p className="conversation-row__last">
                    {conversation.lastMessage ?? t('messaging.conversations.noMessages')}
                  </p>
                </div>
                <div className="conversation-row__meta">
                  <span className="muted">{formatRelativeTime(conversation.lastActivityAt)}</span>
                  {conversation.unreadCount > 0 && (
                    <Badge tone="brand">
                      {t('messaging.conversations.unread', { count: conversation.unreadCount })}
                    </Badge>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {conversations.hasNextPage && (
          <LoadMoreButton
            label={t('messaging.conversations.loadMore')}
            loading={conversations.isFetchingNextPage}
            onLoadMore={() => void conversations.fetchNextPage()}
          />
        )}
      </div>
    </>
  );
}
