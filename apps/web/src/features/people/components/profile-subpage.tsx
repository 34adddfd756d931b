import type { Profile } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { Icon } from '../../../components/ui/icon';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { useSession } from '../../../lib/session';
import { profileQueryOptions } from '../api/get-profile';
import { ProfileLoadError } from './profile-load-error';

/**
 * A page about one person, such as their followers: loads the profile for its name, answers
 * "not found" exactly like the profile page, and links back to it.
 */
export function ProfileSubpage({
  title,
  path,
  children,
}: {
  title: (profile: Profile) => string;
  /** The part after the handle, to move an old handle's address to the new one. */
  path: string;
  children: (profile: Profile, signedIn: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const { handle = '' } = useParams();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const profile = useQuery({
    ...profileQueryOptions(handle.toLowerCase(), signedIn),
    enabled: session.status !== 'loading',
  });

  if (profile.isPending) return <LoadingState label={t('common.loading')} />;
  if (profile.isError) return <ProfileLoadError error={profile.error} />;
  const person = profile.data;
  if (person.handle !== handle) return <Navigate to={`/people/${person.handle}/${path}`} replace />;

  return (
    <>
      <PageHeader
        title={title(person)}
        eyebrow={
          <Link to={`/people/${person.handle}`} className="back-link">
            <Icon name="arrowLeft" size={16} />
            {person.isMe
              ? t('follows.backToYourProfile')
              : t('follows.backToProfile', { name: person.displayName })}
          </Link>
        }
      />
      <div className="profile__body">{children(person, signedIn)}</div>
    </>
  );
}
