import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { PersonList } from '../../../components/ui/person-list';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
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
  if (followers.isPending) return <LoadingState label={t('common.loading')} />;
  if (!followers.data) return <Alert tone="error">{errorMessage(t, followers.error)}</Alert>;
  return (
    <>
      <PersonList
        people={followers.data.pages.flatMap((page) => page.items)}
        emptyTitle={t('follows.noFollowers')}
        loadMoreLabel={t('directory.loadMore')}
        hasMore={followers.hasNextPage}
        loadingMore={followers.isFetchingNextPage}
        onLoadMore={() => void followers.fetchNextPage()}
      />
      {followers.isError && <Alert tone="error">{errorMessage(t, followers.error)}</Alert>}
    </>
  );
}
