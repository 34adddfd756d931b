import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ChipList } from '../../../components/ui/chip-picker';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useFollowedTopics } from './use-followed-topics';

/**
 * A profile's topics. Signed-in visitors can follow or unfollow each one in place; a followed
 * topic is shown pressed, with a tick.
 */
export function TopicChips({ topics, label }: { topics: string[]; label: string }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const hintId = useId();
  const { signedIn, followed, toggle, pending, error } = useFollowedTopics();
  const items = topics.map((topic) => ({ key: topic, label: name('topics', topic) }));

  if (!signedIn || followed === null) return <ChipList items={items} label={label} />;
  return (
    <div className="stack-s">
      <ul className="chip-list" aria-label={label} aria-describedby={hintId}>
        {items.map((item) => {
          const following = followed.includes(item.key);
          return (
            <li key={item.key}>
              <button
                type="button"
                className="chip"
                aria-pressed={following}
                aria-busy={pending === item.key || undefined}
                title={following ? t('follows.unfollowTopic') : t('follows.followTopic')}
                onClick={() => toggle(item.key)}
              >
                {following && <Icon name="success" size={16} />}
                {item.label}
              </button>
            </li>
          );
        })}
      </ul>
      <p id={hintId} className="field__hint">
        {t('follows.topicHint')}
      </p>
      {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
    </div>
  );
}
