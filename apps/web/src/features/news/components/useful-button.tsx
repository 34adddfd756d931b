import type { Post } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useSetUseful } from '../api/set-useful';

/** "Useful": one per person, a toggle with its count. */
export function UsefulButton({ post }: { post: Post }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const useful = useSetUseful();
  const count = <span>{t('news.usefulCount', { count: post.usefulCount })}</span>;
  if (session.status !== 'signedIn' || post.status !== 'published') {
    return (
      <p className="cluster">
        {count}
        {session.status === 'signedOut' && (
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('news.usefulSignIn')}</Link>
        )}
      </p>
    );
  }
  return (
    <div className="cluster">
      <Button
        variant={post.reactedByMe ? 'primary' : 'secondary'}
        aria-pressed={post.reactedByMe}
        loading={useful.isPending}
        onClick={() => useful.mutate({ slug: post.slug, useful: !post.reactedByMe })}
      >
        <Icon name="heart" size={18} />
        {t('news.useful')}
      </Button>
      {count}
      {useful.isError && <Alert tone="error">{errorMessage(t, useful.error)}</Alert>}
    </div>
  );
}
