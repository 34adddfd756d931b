import type { FeedItem } from '@open-spaces/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/ui/icon';
import { formatDate } from '../../../lib/format';
import { feedReasonLine } from './feed-reasons';

/**
 * One item of the home feed: who did what and why it is here, above the object as its own
 * section's card shows it (`children`).
 */
export function FeedItemCard({ item, children }: { item: FeedItem; children: ReactNode }) {
  const { t } = useTranslation();
  const who = item.organisation?.name ?? item.actor?.displayName ?? t('feed.someone');
  return (
    <article className="feed-item">
      <p className="feed-item__reason">
        <Icon name="info" size={16} />
        <span>{feedReasonLine(t, item.reasons)}</span>
      </p>
      <p className="feed-item__action">
        {t(`feed.verbs.${item.verb}`, { who, what: t(`feed.objects.${item.object.type}`) })}
        {' · '}
        <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
      </p>
      {children}
    </article>
  );
}
