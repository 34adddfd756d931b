import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { conversationQueryOptions } from '../api/get-conversation';
import { messagesQueryOptions } from '../api/get-messages';
import { useMarkConversationRead } from '../api/mark-conversation-read';
import { MessageComposer } from '../components/message-composer';
import '../components/messaging.css';

/**
 * One conversation: its messages, oldest at the top, with older ones on request; new ones
 * arrive live (the socket module refreshes the thread) and are read as they are shown.
 */
export function ConversationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const conversation = useQuery(conversationQueryOptions(id));
  const messages = useInfiniteQuery({ ...messagesQueryOptions(id), enabled: conversation.isSuccess });
  const markRead = useMarkConversationRead();
  const newestFirst = messages.data?.pages.flatMap((page) => page.items) ?? [];
  const newest = newestFirst[0];
  const unread = conversation.data?.unreadCount ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per newest message shown
  useEffect(() => {
    if (newest && (unread > 0 || !newest.mine)) markRead.mutate({ conversationId: id, upTo: newest.id });
  }, [newest?.id]);

  if (conversation.isPending) return <LoadingState label={t('common.loading')} />;
  if (conversation.isError) {
    const gone = isApiError(conversation.error) && conversation.error.status === 404;
    return (
      <>
        <PageHeader title={t('messaging.thread.notFoundTitle')} />
        <Alert tone={gone ? 'info' : 'error'}>
          {gone ? t('messaging.thread.notFound') : errorMessage(t, conversation.error)}
        </Alert>
        <p>
          <Link to="/messages">{t('messaging.thread.back')}</Link>
        </p>
      </>
    );
  }

  const person = conversation.data.person;
  return (
    <>
      <PageHeader
        title={t('messaging.thread.title', { name: person.displayName })}
        lead={
          <>
            <Link to={`/people/${person.handle}`}>
              {t('messaging.thread.profile', { name: person.displayName })}
            </Link>
            {' · '}
            <Link to="/messages">{t('messaging.thread.back')}</Link>
          </>
        }
      />
      <div className="thread reading-width">
        {messages.hasNextPage && (
          <LoadMoreButton
            label={t('messaging.thread.older')}
            loading={messages.isFetchingNextPage}
            onLoadMore={() => void messages.fetchNextPage()}
          />
        )}
        {messages.isPending && <LoadingState label={t('common.loading')} />}
        {messages.isError && <Alert tone="error">{errorMessage(t, messages.error)}</Alert>}
        {messages.isSuccess && newestFirst.length === 0 && (
          <EmptyState icon="mail" title={t('messaging.thread.empty', { name: person.displayName })} />
        )}
        <div role="log" aria-label={t('messaging.thread.messagesLabel')}>
          <ol className="thread__messages">
            {[...newestFirst].reverse().map((message) => (
              <li key={message.id} className={`message ${message.mine ? 'message--mine' : ''}`}>
                <p className="message__meta">
                  <span>{message.mine ? t('messaging.thread.you') : person.displayName}</span>{' '}
                  <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                </p>
                <p className="message__body">{message.body}</p>
              </li>
            ))}
          </ol>
        </div>
        <MessageComposer conversationId={id} />
      </div>
    </>
  );
}
