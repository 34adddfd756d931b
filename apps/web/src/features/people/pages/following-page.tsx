import type { Following } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { EmptyState } from '../../../components/ui/empty-state';
import { PersonList } from '../../../components/ui/person-list';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { followingQueryOptions } from '../api/get-following';
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
  const following = useQuery(followingQueryOptions(handle, signedIn));
  if (following.isPending) return <LoadingState label={t('common.loading')} />;
  if (following.isError) return <Alert tone="error">{errorMessage(t, following.error)}</Alert>;
  const { profiles, organisations, topics } = following.data;
  return (
    <>
      <Card title={t('follows.people')}>
        <PersonList people={profiles} emptyTitle={t('follows.noPeople')} />
      </Card>
      <Card title={t('follows.organisations')}>
        <OrganisationLinks organisations={organisations} />
      </Card>
      <Card title={t('follows.topics')} description={isMe ? t('follows.topicsLead') : undefined}>
        {isMe ? <FollowedTopicsPicker /> : <TopicList topics={topics} />}
      </Card>
    </>
  );
}

function OrganisationLinks({ organisations }: { organisations: Following['organisations'] }) {
  const { t } = useTranslation();
  if (organisations.length === 0)
    return <EmptyState icon="organisation" title={t('follows.noOrganisations')} />;
  return (
    <ul className="person-list">
      {organisations.map((organisation) => (
        <li key={organisation.slug} className="person-list__item person-list__item--plain">
          <Link to={`/organisations/${organisation.slug}`} className="person-list__name">
            {organisation.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function TopicList({ topics }: { topics: string[] }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  if (topics.length === 0) return <p className="muted">{t('follows.noTopics')}</p>;
  return (
    <ChipList
      items={topics.map((topic) => ({ key: topic, label: name('topics', topic) }))}
      label={t('follows.topics')}
    />
  );
}
