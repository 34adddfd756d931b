import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PagedPersonList } from '../../../components/paged-person-list';
import { Card } from '../../../components/ui/card';
import { profileFollowersQueryOptions } from '../api/get-followers';
import { ProfileSubpage } from '../components/profile-subpage';
import '../components/people.css';

export function FollowersPage() {
  const { t } = useTranslation();
  return (
    <ProfileSubpage
      path="followers"
      title={(profile) =>
        profile.isMe ? t('follows.yourFollowers') : t('follows.followersOf', { name: profile.displayName })
      }
    >
      {(profile, signedIn) => (
        <Card>
          <Followers handle={profile.handle} signedIn={signedIn} />
        </Card>
      )}
    </ProfileSubpage>
  );
}

function Followers({ handle, signedIn }: { handle: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const followers = useInfiniteQuery(profileFollowersQueryOptions(handle, signedIn));
  return <PagedPersonList people={followers} emptyTitle={t('follows.noFollowers')} />;
}
