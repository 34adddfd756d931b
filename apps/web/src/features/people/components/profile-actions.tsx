import type { Profile } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { Menu } from '../../../components/ui/menu';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useBlockProfile } from '../api/block-profile';
import { useFollowProfile } from '../api/follow-profile';

/** Follow, unfollow and block, for signed-in visitors of someone else's profile. */
export function ProfileActions({ profile, onBlocked }: { profile: Profile; onBlocked: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const follow = useFollowProfile();
  const block = useBlockProfile();
  const [confirming, setConfirming] = useState(false);

  if (profile.isMe) {
    return (
      <ButtonLink to="/settings/profile" variant="secondary">
        {t('profile.edit')}
      </ButtonLink>
    );
  }
  if (session.status !== 'signedIn') {
    return (
      <p className="muted">
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {t('profile.signInToFollow')}
        </Link>
      </p>
    );
  }

  return (
    <div className="stack-s">
      <div className="cluster">
        <Button
          variant={profile.followedByMe ? 'secondary' : 'primary'}
          aria-pressed={profile.followedByMe}
          loading={follow.isPending}
          onClick={() => follow.mutate({ handle: profile.handle, follow: !profile.followedByMe })}
        >
          {profile.followedByMe ? t('profile.following') : t('profile.follow')}
        </Button>
        <Menu
          label={t('profile.moreActions')}
          items={[
            {
              id: 'block',
              label: t('profile.block', { name: profile.displayName }),
              danger: true,
              onSelect: () => setConfirming(true),
            },
          ]}
        />
      </div>
      {follow.isError && <Alert tone="error">{errorMessage(t, follow.error)}</Alert>}
      {block.isError && <Alert tone="error">{errorMessage(t, block.error)}</Alert>}
      <ConfirmDialog
        open={confirming}
        tone="danger"
        title={t('profile.blockTitle', { name: profile.displayName })}
        confirmLabel={t('profile.blockConfirm')}
        cancelLabel={t('common.cancel')}
        busy={block.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          block.mutate(profile.handle, {
            onSuccess: () => {
              setConfirming(false);
              onBlocked();
            },
            onError: () => setConfirming(false),
          })
        }
      >
        <ul className="dialog__list">
          <li>{t('profile.blockEffectSee')}</li>
          <li>{t('profile.blockEffectFollow')}</li>
          <li>{t('profile.blockEffectPrivate')}</li>
          <li>{t('profile.blockEffectUndo')}</li>
        </ul>
      </ConfirmDialog>
    </div>
  );
}
