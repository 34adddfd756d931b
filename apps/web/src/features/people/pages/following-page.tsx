import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PagedPersonList } from '../../../components/paged-person-list';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { followedOrganisationsQueryOptions } from '../api/get-followed-organisations';
import { followedPeopleQueryOptions } from '../api/get-followed-people';
import { followedTopicsQueryOptions } from '../api/get-followed-topics';
import { FollowedOrganisationList } from '../components/followed-organisation-list';
import { FollowedTopicsPicker } from '../components/followed-topics-picker';
import { ProfileSubpage } from '../components/profile-subpage';
import '../components/people.css';

/** Whom a person follows: people, organisations and topics; on one's own, topics can be changed. */
export function FollowingPage() {
  const { t } = useTranslation();
  return (
    <ProfileSubpage
      path="following"
      title={(profile) =>
        profile.isMe ? t('follows.youFollow') : t('follows.followedBy', { name: profile.displayName })
      }
    >
      {(profile, signedIn) => (
        <FollowingLists handle={profile.handle} signedIn={signedIn} isMe={profile.isMe} />
      )}
    </ProfileSubpage>
  );
}

function FollowingLists({ handle, signedIn, isMe }: { handle: string; signedIn: boolean; isMe: boolean }) {
  const { t } = useTranslation();
  const people = useInfiniteQuery(followedPeopleQueryOptions(handle, signedIn));
  const organisations = useInfiniteQuery(followedOrganisationsQueryOptions(handle, signedIn));
  return (
    <>
      <Card title={t('follows.people')}>
        <PagedPersonList
          people={people}
          emptyTitle={t('follows.noPeople')}
          loadMoreLabel={t('follows.loadMorePeople')}
        />
      </Card>
      <Card title={t('follows.organisations')}>
        <FollowedOrganisationList organisations={organisations} />
      </Card>
      <Card title={t('follows.topics')} description={isMe ? t('follows.topicsLead') : undefined}>
        {isMe ? <FollowedTopicsPicker /> : <TopicList handle={handle} signedIn={signedIn} />}
      </Card>
    </>
  );
}

function TopicList({ handle, signedIn }: { handle: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const topics = useQuery(followedTopicsQueryOptions(handle, signedIn));
  if (topics.isPending) return <LoadingState label={t('common.loading')} />;
  if (topics.isError) return <Alert tone="error">{errorMessage(t, topics.error)}</Alert>;
  if (topics.data.items.length === 0) return <p className="muted">{t('follows.noTopics')}</p>;
  return (
    <ChipList
      items={topics.data.items.map((topic) => ({ key: topic, label: name('topics', topic) }))}
      label={t('follows.topics')}
    />
  );
}
