import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useFollowedTopics } from './use-followed-topics';

/** Follow or unfollow one topic, e.g. the topic a directory is filtered by; nothing for visitors. */
export function TopicFollowButton({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const { signedIn, followed, toggle, pending } = useFollowedTopics();
  if (!signedIn || followed === null) return null;
  const following = followed.includes(slug);
  const topic = name('topics', slug);
  return (
    <div className="topic-follow">
      <Button
        variant={following ? 'secondary' : 'primary'}
        size="small"
        aria-pressed={following}
        loading={pending === slug}
        onClick={() => toggle(slug)}
      >
        {following ? t('follows.followingTopic', { topic }) : t('follows.followTopicNamed', { topic })}
      </Button>
    </div>
  );
}
